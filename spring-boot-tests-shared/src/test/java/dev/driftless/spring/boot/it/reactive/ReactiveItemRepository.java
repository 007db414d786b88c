package dev.driftless.spring.boot.it.reactive;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

public interface ReactiveItemRepository extends ReactiveCrudRepository<ReactiveItem, Long> {}

package dev.driftless.spring.boot.it.reactive;

import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A WebFlux application whose data access is R2DBC, with no JDBC {@code DataSource}: it reads
 * the {@code item} table the shared JPA model's revision creates. JDBC's and JPA's
 * auto-configurations are left out because the test modules' class path has them for the other
 * tests; a real reactive application would not have them at all.
 */
@SpringBootApplication(excludeName = {
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@RestController
public class ReactiveApplication {
  private final ReactiveItemRepository items;

  public ReactiveApplication(ReactiveItemRepository items) {
    this.items = items;
  }

  @GetMapping("/items")
  Mono<List<String>> names() {
    return items.findAll().map(ReactiveItem::name).collectList();
  }
}

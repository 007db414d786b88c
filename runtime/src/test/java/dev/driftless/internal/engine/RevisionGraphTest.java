package dev.driftless.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.engine.Migration;
import dev.driftless.ops.Ops;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

  @Test
  void ordersParentsBeforeChildrenWhateverTheInputOrder() {
    RevisionGraph graph = new RevisionGraph(List.of(rev("c", "b"), rev("a"), rev("b", "a")));
    assertEquals(List.of("a", "b", "c"), graph.fromBase().stream().map(LoadedRevision::id).toList());
    assertEquals(Set.of("c"), graph.heads());
  }

  @Test
  void aMergeFollowsBothBranches() {
    RevisionGraph graph = new RevisionGraph(
        List.of(rev("base"), rev("left", "base"), rev("right", "base"), rev("m", "left", "right")));
    List<String> order = graph.fromBase().stream().map(LoadedRevision::id).toList();
    assertEquals("base", order.get(0));
    assertEquals("m", order.get(3));
    assertEquals(Set.of("m"), graph.heads());
  }

  @Test
  void twoBranchesWithoutAMergeAreTwoHeads() {
    RevisionGraph graph =
        new RevisionGraph(List.of(rev("base"), rev("left", "base"), rev("right", "base")));
    assertEquals(Set.of("left", "right"), graph.heads());
  }

  @Test
  void rejectsAnUnknownParentNamingIt() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> new RevisionGraph(List.of(rev("b", "missing"))));
    assertTrue(error.getMessage().contains("follows missing"), error.getMessage());
  }

  @Test
  void anUnknownParentSaysHowToRestoreOrReplaceIt() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> new RevisionGraph(List.of(rev("b", "missing"))));
    assertTrue(error.getMessage().contains("Restore revision missing"), error.getMessage());
    assertTrue(error.getMessage().contains(RevisionIndex.RESOURCE), error.getMessage());
    assertTrue(error.getMessage().contains("change b's @Revision(parents = ...)"),
        error.getMessage());
  }

  @Test
  void rejectsDuplicateIdsAndCycles() {
    assertThrows(IllegalStateException.class, () -> new RevisionGraph(List.of(rev("a"), rev("a"))));
    IllegalStateException cycle = assertThrows(IllegalStateException.class,
        () -> new RevisionGraph(List.of(rev("a", "b"), rev("b", "a"))));
    assertTrue(cycle.getMessage().contains("cycle"), cycle.getMessage());
  }

  private static LoadedRevision rev(String id, String... parents) {
    return new LoadedRevision(id, List.of(parents), "test " + id, new Migration() {
      @Override
      public void upgrade(Ops op) {}

      @Override
      public void downgrade(Ops op) {}
    });
  }
}

package sctb.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words a register template writes for each kind are read back as that kind, as are the ids. */
class EntityKindTest {
  @Test
  void eachLabelAndIdReadsBackAsItsKind() {
    for (EntityKind kind : EntityKind.values()) {
      assertThat(EntityKind.parse(kind.label())).contains(kind);
      assertThat(EntityKind.parse(kind.id())).contains(kind);
      assertThat(kind.label()).doesNotContainPattern("[a-z]+-[a-z]+|_");
    }
    assertThat(EntityKind.parse("Siêu thị")).contains(EntityKind.OUTLET);
    assertThat(EntityKind.parse("KCN")).contains(EntityKind.ZONE);
    assertThat(EntityKind.parse("Mô hình SXTDBV")).contains(EntityKind.MODEL);
  }
}

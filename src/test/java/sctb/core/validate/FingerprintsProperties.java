package sctb.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The fixed-arity {@link Fingerprints#of} are the fingerprint of the same texts as an array. */
class FingerprintsProperties {

  @Property
  void threeTextsAsAnArray(@ForAll String a, @ForAll String b, @ForAll String c) {
    assertThat(Fingerprints.of(a, b, c)).isEqualTo(Fingerprints.of(new String[] {a, b, c}));
  }

  @Property
  void sixTextsAsAnArray(@ForAll String a, @ForAll String b, @ForAll String c, @ForAll String d, @ForAll String e,
      @ForAll String f) {
    assertThat(Fingerprints.of(a, b, c, d, e, f)).isEqualTo(Fingerprints.of(new String[] {a, b, c, d, e, f}));
  }
}

package sctb.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** {@link NameArena} gives back exactly the names put in, any Unicode text, before and after it is trimmed. */
class NameArenaProperties {

  @Property
  void givesBackEachNamePutIn(@ForAll @Size(max = 400) List<String> anyText) {
    List<String> given = anyText.stream().map(t -> Normalizer.normalize(t, Normalizer.Form.NFC)).toList();
    NameArena arena = new NameArena();
    long[] handles = given.stream().mapToLong(arena::add).toArray();
    for (int i = 0; i < given.size(); i++) {
      assertThat(arena.get(handles[i])).isEqualTo(given.get(i));
      assertThat(arena.is(handles[i], new NameProbe().of(given.get(i)))).isTrue();
      assertThat(arena.is(handles[i], new NameProbe().of(given.get(i) + "x"))).isFalse();
    }
    arena.trim();
    for (int i = 0; i < given.size(); i++) {
      assertThat(arena.get(handles[i])).isEqualTo(given.get(i));
    }
  }

  @Property
  void keepsTheNamesAskedForInPlaceAndTakesMoreAfter(@ForAll @Size(max = 300) List<String> anyText,
      @ForAll @Size(max = 300) List<Boolean> keep, @ForAll @Size(max = 50) List<String> more) {
    NameArena arena = new NameArena(16);
    long[] handles = anyText.stream().mapToLong(arena::add).toArray();
    List<String> keptNames = new java.util.ArrayList<>();
    int count = 0;
    for (int i = 0; i < handles.length; i++) {
      if (i < keep.size() && keep.get(i)) {
        handles[count++] = handles[i];
        keptNames.add(anyText.get(i));
      }
    }
    arena.keepOnly(handles, count);
    assertThat(arena.size()).isEqualTo(keptNames.stream().mapToInt(t -> t.getBytes(StandardCharsets.UTF_8).length).sum());
    long[] added = more.stream().mapToLong(arena::add).toArray();
    for (int i = 0; i < count; i++) {
      assertThat(arena.get(handles[i])).isEqualTo(new String(keptNames.get(i).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
    for (int i = 0; i < added.length; i++) {
      assertThat(arena.is(added[i], new NameProbe().of(more.get(i))) || more.get(i).chars().anyMatch(c -> Character.isSurrogate((char) c))).isTrue();
    }
  }

  @Property
  void tellsANameFromAnyOtherAsItsUtf8Would(@ForAll String kept, @ForAll String other,
      @ForAll("vietnamese") String name, @ForAll("vietnamese") String nearName) {
    NameArena arena = new NameArena();
    arena.add("Cơ sở");
    for (String[] pair : List.of(new String[] {kept, other}, new String[] {name, nearName}, new String[] {kept, kept},
        new String[] {name, name.isEmpty() ? name : name.substring(0, name.length() - 1)})) {
      long handle = arena.add(pair[0]);
      boolean sameBytes = Arrays.equals(pair[0].getBytes(StandardCharsets.UTF_8), pair[1].getBytes(StandardCharsets.UTF_8));
      assertThat(arena.is(handle, new NameProbe().of(pair[1]))).isEqualTo(sameBytes);
    }
  }

  @Property
  void oneProbeComparesEachNameItIsGivenInTurn(@ForAll @Size(max = 100) List<String> names,
      @ForAll @Size(max = 100) List<String> asked) {
    NameArena arena = new NameArena();
    long[] handles = names.stream().mapToLong(arena::add).toArray();
    NameProbe probe = new NameProbe();
    for (int i = 0; i < Math.min(handles.length, asked.size()); i++) {
      // The same String again, another one, and one longer than any before: each compared as itself.
      for (String name : List.of(asked.get(i), asked.get(i), names.get(i), names.get(i) + asked.get(i) + asked.get(i))) {
        boolean sameBytes = Arrays.equals(names.get(i).getBytes(StandardCharsets.UTF_8), name.getBytes(StandardCharsets.UTF_8));
        assertThat(arena.is(handles[i], probe.of(name))).isEqualTo(sameBytes);
      }
    }
  }

  @Property
  void keepsVietnameseNamesWhole(@ForAll("vietnamese") String name) {
    NameArena arena = new NameArena();
    long first = arena.add(name);
    long second = arena.add("Siêu thị " + name);
    assertThat(arena.get(first)).isEqualTo(name);
    assertThat(arena.get(second)).isEqualTo("Siêu thị " + name);
  }

  /** A name with a character past U+FFFF after others is encoded again by the JDK over what was written of it. */
  @Property
  void givesBackNamesWithCharactersPastUffffAmongOthers(@ForAll @Size(max = 50) List<@From("mixed") String> names) {
    NameArena arena = new NameArena(4);
    long[] handles = names.stream().mapToLong(arena::add).toArray();
    for (int i = 0; i < names.size(); i++) {
      assertThat(arena.get(handles[i])).isEqualTo(names.get(i));
    }
    assertThat(arena.size()).isEqualTo(names.stream().mapToInt(n -> n.getBytes(StandardCharsets.UTF_8).length).sum());
  }

  /** A name read into chars is the name's String, or, with a character past U+FFFF, -1. */
  @Property
  void readsEachNameIntoCharsAsItsString(@ForAll @Size(max = 50) List<@From("mixed") String> names) {
    NameArena arena = new NameArena(4);
    long[] handles = names.stream().mapToLong(arena::add).toArray();
    for (int i = 0; i < names.size(); i++) {
      char[] chars = new char[NameArena.length(handles[i])];
      int n = arena.charsInto(handles[i], chars);
      if (names.get(i).codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
        assertThat(n).isEqualTo(-1);
      } else {
        assertThat(new String(chars, 0, n)).isEqualTo(names.get(i));
      }
    }
  }

  @Property
  void comparesAsStringsDo(@ForAll("mixed") String a, @ForAll("mixed") String b) {
    NameArena arena = new NameArena(4);
    long x = arena.add(a);
    long y = arena.add(b);
    assertThat(Integer.signum(arena.compare(x, y))).isEqualTo(Integer.signum(a.compareTo(b)));
    assertThat(Integer.signum(arena.compare(y, x))).isEqualTo(Integer.signum(b.compareTo(a)));
    assertThat(arena.compare(x, x)).isZero();
  }

  /** Latin, Vietnamese, U+E000–U+FFFF and characters past U+FFFF, where UTF-8 and UTF-16 orders part. */
  @Provide
  Arbitrary<String> mixed() {
    return Arbitraries.strings().withChars("abz_0ăđếệ\uE000\uFB01\uFFFD!")
        .ofMaxLength(8).map(t -> t.replace("!", "\uD83D\uDE00")) // ! stands for a character past U+FFFF
        .injectDuplicates(0.2);
  }

  @Provide
  Arbitrary<String> vietnamese() {
    return Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệ ")
        .ofMaxLength(60).map(t -> Normalizer.normalize(t, Normalizer.Form.NFC));
  }
}

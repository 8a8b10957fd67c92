package org.kamworkbench.service.imports.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedIdsTest {

    @Test
    void findsEveryShortAsciiIdAndNothingElse() {
        PackedIds ids = new PackedIds(5000);
        Map<String, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            StringBuilder id = new StringBuilder();
            int length = 1 + random.nextInt(PackedIds.MAX_LENGTH);
            for (int k = 0; k < length; k++) {
                id.append((char) (32 + random.nextInt(95)));
            }
            if (expected.putIfAbsent(id.toString(), i) == null) {
                assertThat(ids.put(id.toString(), i)).isTrue();
            }
        }
        expected.forEach((id, index) -> assertThat(ids.get(id)).as(id).isEqualTo(index));
        assertThat(ids.get("not-there")).isEqualTo(-1);
        assertThat(ids.get("A0000001 ")).isEqualTo(-1);
    }

    @Test
    void idsOfDifferentLengthsDoNotMeet() {
        PackedIds ids = new PackedIds(4);
        ids.put("A", 0);
        ids.put("A\0", 1);
        ids.put("123456789012345", 2);
        assertThat(ids.get("A")).isZero();
        assertThat(ids.get("A\0")).isEqualTo(1);
        assertThat(ids.get("12345678901234")).isEqualTo(-1);
        assertThat(ids.get("123456789012345")).isEqualTo(2);
    }

    @Test
    void longOrNonAsciiIdsAreLeftToTheCaller() {
        PackedIds ids = new PackedIds(4);
        assertThat(ids.put("1234567890123456", 0)).isFalse();
        assertThat(ids.put("Kunde-Ü", 1)).isFalse();
        assertThat(PackedIds.isPackable(ids.get("1234567890123456"))).isFalse();
        assertThat(PackedIds.isPackable(ids.get("Kunde-Ü"))).isFalse();
        assertThat(PackedIds.isPackable(ids.get(""))).isFalse();
        assertThat(PackedIds.isPackable(ids.get("A1"))).isTrue();
    }
}

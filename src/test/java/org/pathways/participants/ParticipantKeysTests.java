package org.pathways.participants;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sealing circumstances: authenticated, bound to its row, and rotated to a new key without losing what older keys sealed. */
class ParticipantKeysTests {

    private static String key(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void aSealedValueOpensOnlyForItsRowAndUntouched() {
        ParticipantKeys keys = ParticipantKeys.of("k1 " + key(1));
        byte[] plain = "{\"note\":\"On parole until March\"}".getBytes(StandardCharsets.UTF_8);
        ParticipantKeys.Sealed sealed = keys.seal(plain, "participant:7:general");
        assertThat(new String(sealed.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("parole");
        assertThat(keys.seal(plain, "participant:7:general").bytes()).as("a fresh nonce each time").isNotEqualTo(sealed.bytes());
        assertThat(keys.open(sealed, "participant:7:general")).isEqualTo(plain);
        assertThatThrownBy(() -> keys.open(sealed, "participant:8:general")).as("copied onto another participant")
                .hasMessageContaining("does not open");
        byte[] changed = sealed.bytes().clone();
        changed[changed.length - 1] ^= 1;
        assertThatThrownBy(() -> keys.open(new ParticipantKeys.Sealed("k1", changed), "participant:7:general")).as("one bit changed")
                .hasMessageContaining("does not open");
    }

    @Test
    void rotationKeepsOlderValuesReadableUntilTheyAreSealedAgain() {
        ParticipantKeys before = ParticipantKeys.of("k1 " + key(1));
        ParticipantKeys.Sealed old = before.seal("barrier".getBytes(StandardCharsets.UTF_8), "participant:1:medical");
        ParticipantKeys both = ParticipantKeys.of("k1 " + key(1) + "\nk2 " + key(2));
        assertThat(both.currentKeyId()).as("the last key seals").isEqualTo("k2");
        byte[] opened = both.open(old, "participant:1:medical");
        ParticipantKeys.Sealed again = both.seal(opened, "participant:1:medical");
        assertThat(again.keyId()).isEqualTo("k2");
        ParticipantKeys after = ParticipantKeys.of("k2 " + key(2));
        assertThat(new String(after.open(again, "participant:1:medical"), StandardCharsets.UTF_8)).isEqualTo("barrier");
        assertThatThrownBy(() -> after.open(old, "participant:1:medical")).as("the removed key no longer opens what it sealed")
                .hasMessageContaining("k1 is not configured");
    }

    @Test
    void aMissingKeyFileIsCreatedForItsOwnerAndABadOneRefusesToStart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys/participant-keys");
        ParticipantKeys created = new ParticipantKeys("", file);
        assertThat(Files.readString(file)).startsWith("k1 ");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String added = created.addKey();
        assertThat(created.currentKeyId()).isEqualTo(added);
        assertThat(new ParticipantKeys("", file).currentKeyId()).as("the file keeps both, the new one last").isEqualTo(added);
        Files.writeString(file, "k1 not-base64\n");
        assertThatThrownBy(() -> new ParticipantKeys("", file)).hasMessageContaining("line 1 is not");
        assertThatThrownBy(() -> new ParticipantKeys("k1:" + key(1), file).addKey())
                .as("keys from configuration rotate where they are kept")
                .hasMessageContaining("pathways.participants.keys");
    }
}

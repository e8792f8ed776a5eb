package org.pathways.participants;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keys that seal a participant's confidential circumstances (AES-256-GCM), kept outside the database so that a copy of
 * it, or a backup, reveals nothing of them. Keys come from {@code pathways.participants.keys} (for a secret store:
 * {@code id:base64;id:base64}) or else from the key file {@code pathways.participants.key-file}, one {@code id base64} per
 * line; a missing key file is created with one new key, readable by its owner only. The <b>last</b> key seals what is
 * written; the earlier ones still open what they sealed, until {@code participant-keys rotate} has sealed everything again
 * with a new key and the old lines can be removed (docs/decisions/0009).
 * <p>
 * A sealed value is the key's id, a random 96-bit nonce and the ciphertext with its tag; the participant and the store are
 * bound in as associated data, so a sealed value copied onto another participant's row does not open.
 */
@Component
public class ParticipantKeys {

    private static final Logger log = LoggerFactory.getLogger(ParticipantKeys.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A sealed value as stored: which key sealed it, and the nonce followed by the ciphertext. */
    public record Sealed(String keyId, byte[] bytes) {
    }

    private final Path keyFile;
    private final boolean fromConfiguration;
    private volatile Map<String, SecretKeySpec> keys;

    ParticipantKeys(@Value("${pathways.participants.keys:}") String configured,
                    @Value("${pathways.participants.key-file}") Path keyFile) {
        this.keyFile = keyFile;
        this.fromConfiguration = !configured.isBlank();
        this.keys = fromConfiguration ? parse(configured.replace(';', '\n').replace(':', ' '), "pathways.participants.keys") : load();
    }

    /** A key ring of the given keys, the last one sealing (for the rotation test and tools). */
    static ParticipantKeys of(String keyLines) {
        return new ParticipantKeys(keyLines.replace('\n', ';').replace(' ', ':'), Path.of("unused"));
    }

    /** The id of the key new values are sealed with. */
    public String currentKeyId() {
        return List.copyOf(keys.keySet()).get(keys.size() - 1);
    }

    public Sealed seal(byte[] plain, String binding) {
        String keyId = currentKeyId();
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(keyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return new Sealed(keyId, ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Opens a sealed value; one that was changed, moved to another row or sealed with a key no longer held is refused. */
    public byte[] open(Sealed sealed, String binding) {
        SecretKeySpec key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("Participant key " + sealed.keyId() + " is not configured; add it back to open older records");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.bytes(), 0, NONCE_BYTES));
            cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed.bytes(), NONCE_BYTES, sealed.bytes().length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("A sealed participant record does not open: it was changed or belongs to another row", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * Adds a new key to the key file and makes it the sealing key; the caller then seals every record again. Keys given in
     * configuration are rotated where they are kept (the secret store), not here.
     */
    public synchronized String addKey() {
        if (fromConfiguration) {
            throw new IllegalStateException("The keys come from pathways.participants.keys: add the new key there, last");
        }
        String id = "k" + System.currentTimeMillis();
        append(id, newKey());
        keys = load();
        return id;
    }

    private Map<String, SecretKeySpec> load() {
        try {
            if (!Files.exists(keyFile)) {
                Path parent = keyFile.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                append("k1", newKey());
                log.warn("Created the participant key file {}; keep a copy apart from the database backups", keyFile.toAbsolutePath());
            }
            return parse(Files.readString(keyFile), keyFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("The participant key file " + keyFile + " cannot be read", e);
        }
    }

    private void append(String id, String key) {
        try {
            boolean created = !Files.exists(keyFile);
            Files.writeString(keyFile, id + " " + key + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            if (created && keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The participant key file " + keyFile + " cannot be written", e);
        }
    }

    private static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static Map<String, SecretKeySpec> parse(String text, String source) {
        Map<String, SecretKeySpec> parsed = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            byte[] key = parts.length == 2 ? decode(parts[1]) : null;
            if (key == null || key.length != 32) {
                problems.add("line " + (i + 1) + " is not 'id base64-of-32-bytes'");
            } else {
                parsed.remove(parts[0]);
                parsed.put(parts[0], new SecretKeySpec(key, "AES"));
            }
        }
        if (!problems.isEmpty() || parsed.isEmpty()) {
            String why = problems.isEmpty() ? "no key" : String.join(", ", problems);
            throw new IllegalStateException("Participant keys in " + source + ": " + why);
        }
        return parsed;
    }

    private static byte[] decode(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

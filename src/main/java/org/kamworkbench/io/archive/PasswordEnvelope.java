package org.kamworkbench.io.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.kamworkbench.service.archive.ArchivePasswordException;
import org.kamworkbench.service.archive.ArchiveRefusedException;

/**
 * A password-encrypted archive: AES-256-GCM under a key derived with PBKDF2-HMAC-SHA256 from the
 * password and a random salt. The JDK's own primitives; GCM's tag makes a wrong password and a
 * damaged file both fail, never decrypt to garbage.
 * <p>Layout: "KAMXAES1", salt (16 bytes), iterations (int), nonce (12 bytes), ciphertext with tag.
 */
final class PasswordEnvelope {
    static final byte[] MAGIC = "KAMXAES1".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT = 16;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final int ITERATIONS = 310_000;
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordEnvelope() {
    }

    static boolean isEncrypted(byte[] head) {
        return head.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC);
    }

    /** Writes the envelope's header to {@code out} and returns the stream that encrypts into it. */
    static OutputStream encrypting(OutputStream out, char[] password) throws IOException {
        byte[] salt = new byte[SALT];
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        out.write(MAGIC);
        out.write(salt);
        out.write(ByteBuffer.allocate(4).putInt(ITERATIONS).array());
        out.write(nonce);
        return new CipherOutputStream(out, cipher(Cipher.ENCRYPT_MODE, password, salt, ITERATIONS, nonce));
    }

    /** The plain archive inside an envelope (held in memory: GCM releases nothing before its tag is checked). */
    static byte[] decrypt(InputStream in, char[] password) throws IOException {
        byte[] header = in.readNBytes(MAGIC.length + SALT + 4 + NONCE);
        if (header.length < MAGIC.length + SALT + 4 + NONCE) {
            throw new ArchiveRefusedException("The archive is damaged: it ends inside its header.");
        }
        if (password == null) {
            throw new ArchivePasswordException("The archive is encrypted: give its password.", false, null);
        }
        ByteBuffer b = ByteBuffer.wrap(header, MAGIC.length, SALT + 4 + NONCE);
        byte[] salt = new byte[SALT];
        b.get(salt);
        int iterations = b.getInt();
        byte[] nonce = new byte[NONCE];
        b.get(nonce);
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new ArchiveRefusedException("The archive is damaged: its header is not valid.");
        }
        try {
            return cipher(Cipher.DECRYPT_MODE, password, salt, iterations, nonce).doFinal(in.readAllBytes());
        } catch (AEADBadTagException e) {
            throw new ArchivePasswordException("Wrong password for this archive (or the archive is damaged).", true, e);
        } catch (GeneralSecurityException e) {
            throw new ArchiveRefusedException("The archive cannot be decrypted: " + e.getMessage(), e);
        }
    }

    private static Cipher cipher(int mode, char[] password, byte[] salt, int iterations, byte[] nonce)
            throws IOException {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            Arrays.fill(key, (byte) 0);
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM is not available in this Java: " + e.getMessage(), e);
        }
    }
}

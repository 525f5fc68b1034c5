package io.hearthguard.capture.internal.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-ahead path returns exactly what the plain path returns, across chunk borders and up to a cut last record. */
class ReadAheadTest {
    @TempDir
    Path tmp;

    @Test
    void readAheadAndPlainReadingAgreeRecordForRecordIncludingATruncatedEnd() throws IOException {
        Path f = tmp.resolve("big.pcap");
        Random rnd = new Random(3);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f))) {
            ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            h.putInt(0xA1B2C3D4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(262144).putInt(1);
            out.write(h.array());
            for (int i = 0; i < 900; i++) {
                int len = i % 50 == 0 ? 200_000 + rnd.nextInt(62_000) : rnd.nextInt(3000);
                byte[] d = new byte[len];
                rnd.nextBytes(d);
                ByteBuffer r = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
                r.putInt(i).putInt(i * 7).putInt(len).putInt(len);
                out.write(r.array());
                out.write(d);
            }
            ByteBuffer cut = ByteBuffer.allocate(18).order(ByteOrder.LITTLE_ENDIAN);
            cut.putInt(1).putInt(2).putInt(100).putInt(100).put((byte) 7).put((byte) 7);
            out.write(cut.array()); // a record cut after 2 of its 100 bytes
        }
        assertTrue(Files.size(f) > 3 * ByteInput.CHUNK);
        try (PacketSource plain = open(f, false); PacketSource ahead = open(f, true)) {
            RawPacket a = new RawPacket();
            RawPacket b = new RawPacket();
            int n = 0;
            while (plain.next(a)) {
                assertTrue(ahead.next(b), "record " + n);
                assertEquals(a.offset, b.offset);
                assertEquals(a.captureLength, b.captureLength);
                assertEquals(a.timestampNanos, b.timestampNanos);
                assertArrayEquals(a.bytes(), b.bytes(), "record " + n);
                n++;
            }
            assertFalse(ahead.next(b));
            assertEquals(900, n);
            assertEquals(plain.truncation(), ahead.truncation());
            assertEquals(plain.position(), ahead.position());
        }
    }

    @Test
    void pcapngThroughReadAheadMatchesThePlainPath() throws IOException {
        Path f = tmp.resolve("big.pcapng");
        Random rnd = new Random(5);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f))) {
            ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(0x0A0D0D0A).putInt(28).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1).putInt(28);
            b.putInt(1).putInt(20).putShort((short) 1).putShort((short) 0).putInt(0).putInt(20);
            out.write(b.array(), 0, b.position());
            for (int i = 0; i < 600; i++) {
                int len = i % 40 == 0 ? 150_000 + rnd.nextInt(100_000) : rnd.nextInt(2000);
                byte[] d = new byte[len];
                rnd.nextBytes(d);
                int pad = (4 - len % 4) % 4;
                int total = 32 + len + pad;
                ByteBuffer e = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
                e.putInt(6).putInt(total).putInt(0).putInt(0).putInt(i).putInt(len).putInt(len).put(d).put(new byte[pad]).putInt(total);
                out.write(e.array());
                if (i % 100 == 0) { // an unknown block to skip
                    ByteBuffer u = ByteBuffer.allocate(16 + 4096).order(ByteOrder.LITTLE_ENDIAN);
                    u.putInt(0x0BAD).putInt(16 + 4096).put(new byte[4096 + 4]).putInt(16 + 4096);
                    out.write(u.array());
                }
            }
        }
        assertTrue(Files.size(f) > 3 * ByteInput.CHUNK);
        int n = 0;
        try (PacketSource plain = openNg(f, false); PacketSource ahead = openNg(f, true)) {
            RawPacket a = new RawPacket();
            RawPacket b = new RawPacket();
            while (plain.next(a)) {
                assertTrue(ahead.next(b), "packet " + n);
                assertEquals(a.timestampNanos, b.timestampNanos);
                assertArrayEquals(a.bytes(), b.bytes(), "packet " + n);
                n++;
            }
            assertFalse(ahead.next(b));
            assertEquals(null, ahead.truncation());
        }
        assertEquals(600, n);
    }

    private static PacketSource openNg(Path f, boolean readAhead) throws IOException {
        ByteInput in = new ByteInput(f, readAhead);
        byte[] magic = new byte[4];
        assertEquals(4, in.read(magic, 0, 4));
        return new PcapNgReader(in, magic);
    }

    /** Opens like {@link CaptureFiles#open(Path)}, choosing the read path. */
    private static PacketSource open(Path f, boolean readAhead) throws IOException {
        ByteInput in = new ByteInput(f, readAhead);
        byte[] magic = new byte[4];
        assertEquals(4, in.read(magic, 0, 4));
        return new PcapReader(in, magic);
    }
}

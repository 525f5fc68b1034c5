package io.hearthguard.capture.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Opens a classic pcap or pcapng file, recognised by its magic number. */
public final class CaptureFiles {
    private CaptureFiles() {
    }

    /**
     * @throws CaptureFormatException when the file is neither format or its header is malformed
     */
    public static PacketSource open(Path file) throws IOException {
        ByteInput in = new ByteInput(file);
        try {
            return open(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Reads a capture from a stream (e.g. standard input). */
    public static PacketSource open(InputStream stream) throws IOException {
        return open(new ByteInput(stream));
    }

    private static PacketSource open(ByteInput in) throws IOException {
        byte[] magic = new byte[4];
        int n = in.read(magic, 0, 4);
        if (n < 4) {
            throw new CaptureFormatException("truncated dump file; tried to read 4 file header bytes, only got " + n, 0);
        }
        long be = Bytes.u32(magic, 0, true);
        if (be == 0x0A0D0D0AL) {
            return new PcapNgReader(in, magic);
        }
        if (be == 0xA1B2C3D4L || be == 0xD4C3B2A1L || be == 0xA1B23C4DL || be == 0x4D3CB2A1L) {
            return new PcapReader(in, magic);
        }
        throw new CaptureFormatException(String.format("unknown file format (magic 0x%08x is neither pcap nor pcapng)", be), 0);
    }
}

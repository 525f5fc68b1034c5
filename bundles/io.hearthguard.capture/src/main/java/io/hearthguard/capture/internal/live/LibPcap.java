package io.hearthguard.capture.internal.live;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.PointerByReference;

/** The part of the system libpcap ({@code libpcap.so.0.8} on Debian) that live capture uses, bound with JNA. */
public interface LibPcap extends Library {
    /** Debian's libpcap0.8 package name of the shared library. */
    String LIBRARY = "pcap.so.0.8";

    int PCAP_ERRBUF_SIZE = 256;
    int PCAP_ERROR = -1;
    int PCAP_ERROR_BREAK = -2;
    int PCAP_ERROR_NO_SUCH_DEVICE = -5;
    int PCAP_ERROR_PERM_DENIED = -8;
    int PCAP_ERROR_PROMISC_PERM_DENIED = -11;
    int PCAP_TSTAMP_PRECISION_NANO = 1;

    /** Loads the library by its explicit Debian name, falling back to {@code libpcap.so}. */
    static LibPcap load() {
        try {
            return Native.load("libpcap.so.0.8", LibPcap.class);
        } catch (UnsatisfiedLinkError e) {
            return Native.load("pcap", LibPcap.class);
        }
    }

    /** struct bpf_program */
    @Structure.FieldOrder({"bf_len", "bf_insns"})
    class BpfProgram extends Structure {
        public int bf_len;
        public Pointer bf_insns;
    }

    /** struct pcap_stat */
    @Structure.FieldOrder({"ps_recv", "ps_drop", "ps_ifdrop"})
    class PcapStat extends Structure {
        public int ps_recv;
        public int ps_drop;
        public int ps_ifdrop;
    }

    Pointer pcap_create(String source, byte[] errbuf);

    Pointer pcap_open_offline_with_tstamp_precision(String fname, int precision, byte[] errbuf);

    int pcap_set_snaplen(Pointer p, int snaplen);

    int pcap_set_promisc(Pointer p, int promisc);

    int pcap_set_timeout(Pointer p, int ms);

    int pcap_set_buffer_size(Pointer p, int bytes);

    int pcap_set_tstamp_precision(Pointer p, int precision);

    int pcap_activate(Pointer p);

    String pcap_geterr(Pointer p);

    String pcap_statustostr(int error);

    int pcap_compile(Pointer p, BpfProgram fp, String str, int optimize, int netmask);

    int pcap_setfilter(Pointer p, BpfProgram fp);

    void pcap_freecode(BpfProgram fp);

    int pcap_datalink(Pointer p);

    int pcap_next_ex(Pointer p, PointerByReference header, PointerByReference data);

    int pcap_stats(Pointer p, PcapStat ps);

    void pcap_breakloop(Pointer p);

    void pcap_close(Pointer p);

    String pcap_lib_version();
}

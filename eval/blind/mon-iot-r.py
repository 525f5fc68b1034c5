#!/usr/bin/env python3
"""Blind check of identification from the MAC alone, on the 120 lab devices of Mon(IoT)r (IMC 2019).

../shared/data/other/mon-iot-r/devices_{us,uk}.txt map a MAC to the lab's name for the device. This script
writes one ARP announcement per device into a capture (nothing else: no names, no clouds), runs
`hearthguard analyze FILE --json` on it and scores the vendor and type the hub decides against what the
lab's names say. The expected brand and type per name were written down (the tables below) before the
measure was first run and before any rule of that round changed; names that say neither are left out.

  eval/blind/mon-iot-r.py [ROOT_WITH_hearthguard] [SHARED_DATA]
"""
import json, os, re, struct, subprocess, sys, tempfile

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..'))
SHARED = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, '..', 'shared', 'data'))
SRC = os.path.join(SHARED, 'other', 'mon-iot-r')

# name prefix -> accepted brands (any one counts; owner and brand both accepted where one owns the other)
BRANDS = [
    ('nest-', ['Google Nest', 'Nest', 'Google']), ('echo', ['Amazon']), ('firetv', ['Amazon']),
    ('cloudcam', ['Amazon']), ('lgtv', ['LG']), ('tplink', ['TP-Link']), ('samsungtv', ['Samsung']),
    ('galaxytab', ['Samsung']), ('microseven', ['Microseven']), ('iphone', ['Apple']), ('ipad', ['Apple']),
    ('appletv', ['Apple']), ('dlink', ['D-Link']), ('smartthings', ['SmartThings', 'Samsung']),
    ('ring-', ['Ring', 'Amazon']), ('insteon', ['Insteon']), ('roku', ['Roku']), ('xiaomi', ['Xiaomi']),
    ('t-philips', ['Philips']), ('philips', ['Philips']), ('t-wemo', ['Belkin', 'WeMo']),
    ('wink', ['Wink']), ('magichome', ['Magic Home', 'MagicHome']), ('lightify', ['Osram', 'Ledvance']),
    ('google-home', ['Google']), ('nexus', ['Google']), ('ikettle', ['Smarter']),
    ('smarter-coffee', ['Smarter']), ('amcrest', ['Amcrest']), ('sengled', ['Sengled']),
    ('yi-camera', ['Yi']), ('wansview', ['Wansview']), ('blink', ['Blink', 'Amazon']),
    ('lefun', ['Lefun']), ('zmodo', ['Zmodo']), ('netatmo', ['Netatmo']), ('bosiwo', ['Bosiwo']),
    ('honeywell', ['Honeywell', 'Resideo']), ('luohe', ['Luohe']),
]
# name pattern -> accepted types (the hub's device_type ids, upper case)
TYPES = [
    (r'cam|doorbell', ['CAMERA']), (r'plug', ['PLUG']), (r'bulb|strip', ['LIGHT']), (r'hub', ['HUB']),
    (r'tv', ['TV']), (r'echo|google-home|speaker', ['SMART_SPEAKER']), (r'tstat|thermostat', ['THERMOSTAT']),
    (r'iphone|nexus', ['PHONE']), (r'ipad|galaxytab', ['TABLET']),
    (r'fridge|washer|dryer|dishwasher|ikettle|coffee|brewer|sousvide|microwave|ricecooker|cleaner', ['APPLIANCE']),
    (r'labelprinter', ['PRINTER']), (r'weather-station', ['SENSOR']),
]
norm = lambda s: re.sub('[^a-z0-9]', '', (s or '').lower())


def devices():
    out = {}
    for f in ('devices_us.txt', 'devices_uk.txt'):
        for line in open(os.path.join(SRC, f)):
            p = line.split()
            if len(p) == 2 and re.fullmatch(r'([0-9a-fA-F]{1,2}:){5}[0-9a-fA-F]{1,2}', p[0]):
                mac = ':'.join('%02x' % int(x, 16) for x in p[0].split(':'))
                out.setdefault(mac, p[1])  # the same device in both labs counts once
    return out


def arp_capture(macs, path):
    with open(path, 'wb') as w:
        w.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
        for i, mac in enumerate(macs):
            m = bytes(int(x, 16) for x in mac.split(':'))
            ip = bytes([10, 77, (i + 2) // 250, (i + 2) % 250 + 2])
            arp = struct.pack('!HHBBH', 1, 0x0800, 6, 4, 1) + m + ip + b'\0' * 6 + ip  # gratuitous request
            frame = b'\xff' * 6 + m + b'\x08\x06' + arp + b'\0' * 18
            w.write(struct.pack('<IIII', 1600000000 + i, 0, len(frame), len(frame)) + frame)


def main():
    if not os.path.isdir(SRC):
        print('skipped: %s is absent' % SRC)
        return
    devs = devices()
    tmp = tempfile.mkdtemp(prefix='blind-moniotr')
    pcap = os.path.join(tmp, 'arp.pcap')
    arp_capture(list(devs), pcap)
    os.makedirs(os.path.join(tmp, 'data', 'config'))
    env = dict(os.environ, HEARTHGUARD_NO_BUILD=os.environ.get('HEARTHGUARD_NO_BUILD', '1'))
    out = subprocess.run([os.path.join(ROOT, 'hearthguard'), '--data', os.path.join(tmp, 'data'), 'analyze', pcap,
                          '--json'], capture_output=True, text=True, env=env, timeout=600).stdout
    found = {}
    for line in out.splitlines():
        if line.startswith('{"type":"device"'):
            d = json.loads(line)
            for m in d.get('macs', []):
                found[m] = d
    vs = [0, 0]; ts = [0, 0]; chips = 0
    for mac, name in sorted(devs.items(), key=lambda x: x[1]):
        d = found.get(mac, {})
        vendor, typ = d.get('vendor', '-'), d.get('device_type', 'MISSING')
        brands = next((b for p, b in BRANDS if name.startswith(p)), None)
        types = next((t for p, t in TYPES if re.search(p, name)), None)
        vok = tok = ''
        if brands:
            ok = any(norm(b) in norm(vendor) for b in brands)
            vs[0] += 1; vs[1] += ok; vok = 'ok' if ok else 'MISS'
        if types:
            ok = typ in types
            ts[0] += 1; ts[1] += ok; tok = 'ok' if ok else 'MISS'
        print('%-24s %s  vendor %-40s %-4s type %-14s %s' % (name, mac, vendor[:40], vok, typ, tok))
    print('devices %d; vendor right %d of %d named by brand (%.0f %%); type right %d of %d named by kind (%.0f %%)'
          % (len(devs), vs[1], vs[0], 100.0 * vs[1] / max(1, vs[0]), ts[1], ts[0], 100.0 * ts[1] / max(1, ts[0])))


if __name__ == '__main__':
    main()

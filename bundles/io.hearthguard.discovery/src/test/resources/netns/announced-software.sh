#!/usr/bin/env bash
# Test input (AnnouncedSoftwareNetnsTest): a DHCP server (dnsmasq) and a device (busybox udhcpc, then
# avahi-daemon publishing a service whose TXT names its firmware) in two network namespaces this
# script creates and removes; tcpdump inside the server namespace writes what the device sent.
# usage: announced-software.sh OUT.pcap WORKDIR   (root; packages dnsmasq busybox avahi-daemon tcpdump)
set -euo pipefail
out="$1"; work="$2"
n=$((RANDOM % 150 + 100))
A="hgswa$n"; B="hgswb$n"; IA="hgsw${n}a"; IB="hgsw${n}b"
cleanup() {
  for ns in "$A" "$B"; do
    for p in $(ip netns pids "$ns" 2>/dev/null); do kill "$p" 2>/dev/null || true; done
  done
  sleep 0.3
  for ns in "$A" "$B"; do
    for p in $(ip netns pids "$ns" 2>/dev/null); do kill -9 "$p" 2>/dev/null || true; done
    ip netns del "$ns" 2>/dev/null || true
  done
}
trap cleanup EXIT
ip netns add "$A"; ip netns add "$B"
ip link add "$IA" netns "$A" type veth peer name "$IB" netns "$B"
ip -n "$A" addr add 10.234.$n.1/24 dev "$IA"
ip -n "$A" link set "$IA" up; ip -n "$A" link set lo up
ip -n "$B" link set "$IB" up; ip -n "$B" link set lo up
ip netns exec "$A" tcpdump -i "$IA" -nn -U -w "$out" >"$work/tcpdump.log" 2>&1 &
for _ in $(seq 1 100); do grep -q "listening on" "$work/tcpdump.log" && break; sleep 0.05; done
ip netns exec "$A" dnsmasq -k --conf-file=/dev/null --port=0 --interface="$IA" --bind-interfaces \
  --dhcp-range=10.234.$n.50,10.234.$n.60,255.255.255.0,1h --dhcp-leasefile="$work/leases" --pid-file="$work/dnsmasq.pid" >"$work/dnsmasq.log" 2>&1 &
sleep 0.5
# the device: busybox udhcpc (its own vendor class, "udhcp <busybox version>"), then avahi with a TXT version
printf '#!/bin/sh\n[ "$1" = bound ] && ip addr add "$ip/${mask:-24}" dev "$interface"\nexit 0\n' >"$work/udhcpc.script"
chmod 755 "$work/udhcpc.script"
ip netns exec "$B" busybox udhcpc -i "$IB" -n -q -t 5 -T 1 -s "$work/udhcpc.script" >"$work/udhcpc.log" 2>&1
mkdir -p "$work/services" "$work/run"
cat >"$work/services/cam.service" <<XML
<?xml version="1.0" standalone='no'?>
<!DOCTYPE service-group SYSTEM "avahi-service.dtd">
<service-group>
  <name>Test camera</name>
  <service><type>_http._tcp</type><port>80</port><txt-record>fwversion=4.30.2</txt-record><txt-record>txtvers=1</txt-record></service>
</service-group>
XML
cat >"$work/avahi.conf" <<CONF
[server]
host-name=hgcam$n
use-ipv4=yes
use-ipv6=no
allow-interfaces=$IB
enable-dbus=no
[publish]
publish-hinfo=no
publish-workstation=no
CONF
ip netns exec "$B" sh -c "mount --bind '$work/services' /etc/avahi/services && mount --bind '$work/run' /run && exec avahi-daemon -f '$work/avahi.conf' --no-drop-root --no-chroot --no-rlimits" >"$work/avahi.log" 2>&1 &
for _ in $(seq 1 100); do grep -q "Server startup complete" "$work/avahi.log" && break; sleep 0.1; done
sleep 3

# A stand-in for a home router that announces its Wi-Fi security over UPnP (WLANConfiguration:1):
# no Debian package implements that service, so WifiNetnsTest runs this inside a network namespace
# it creates. SSDP answers for the IGD, a description with WANIPConnection and WLANConfiguration,
# and SOAP answers: no port mappings (error 713), an external address, a WEP beacon.
# Every request is logged, one line each, to the file named by the second argument.
import http.server, socket, sys, threading

ip, log = sys.argv[1], open(sys.argv[2], 'a', buffering=1)
DESC = ('<?xml version="1.0"?><root xmlns="urn:schemas-upnp-org:device-1-0"><device>'
        '<deviceType>urn:schemas-upnp-org:device:InternetGatewayDevice:1</deviceType><friendlyName>stand-in router</friendlyName><deviceList>'
        '<device><deviceType>urn:schemas-upnp-org:device:WANDevice:1</deviceType><deviceList><device>'
        '<deviceType>urn:schemas-upnp-org:device:WANConnectionDevice:1</deviceType><serviceList><service>'
        '<serviceType>urn:schemas-upnp-org:service:WANIPConnection:1</serviceType><serviceId>urn:upnp-org:serviceId:WANIPConn1</serviceId>'
        '<controlURL>/ctl/ip</controlURL></service></serviceList></device></deviceList></device>'
        '<device><deviceType>urn:schemas-upnp-org:device:LANDevice:1</deviceType><serviceList><service>'
        '<serviceType>urn:schemas-upnp-org:service:WLANConfiguration:1</serviceType><serviceId>urn:upnp-org:serviceId:WLANConfiguration1</serviceId>'
        '<controlURL>/ctl/wlan</controlURL></service></serviceList></device></deviceList></device></root>')
ENV = '<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>%s</s:Body></s:Envelope>'
ANSWERS = {
    'GetExternalIPAddress': '<NewExternalIPAddress>203.0.113.7</NewExternalIPAddress>',
    'GetBeaconType': '<NewBeaconType>Basic</NewBeaconType>',
    'GetBasBeaconSecurityProperties': '<NewBasicEncryptionModes>WEPEncryption</NewBasicEncryptionModes><NewBasicAuthenticationMode>None</NewBasicAuthenticationMode>',
}


class Handler(http.server.BaseHTTPRequestHandler):
    def answer(self, status, body):
        b = body.encode()
        self.send_response(status)
        self.send_header('Content-Type', 'text/xml')
        self.send_header('Content-Length', str(len(b)))
        self.end_headers()
        self.wfile.write(b)

    def do_GET(self):
        log.write('GET %s\n' % self.path)
        self.answer(200, DESC)

    def do_POST(self):
        n = int(self.headers.get('Content-Length', '0'))
        if 0 < n < 65536:
            self.rfile.read(n)
        action = self.headers.get('SOAPAction', '').strip('"').split('#')[-1]
        log.write('POST %s %s\n' % (self.path, action))
        if action == 'GetGenericPortMappingEntry':
            self.answer(500, ENV % '<s:Fault><detail><UPnPError><errorCode>713</errorCode></UPnPError></detail></s:Fault>')
        elif action in ANSWERS:
            self.answer(200, ENV % ('<u:%sResponse xmlns:u="urn:x">%s</u:%sResponse>' % (action, ANSWERS[action], action)))
        else:
            self.answer(401, '')

    def log_message(self, *args):
        pass


def ssdp():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(('', 1900))
    s.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, socket.inet_aton('239.255.255.250') + socket.inet_aton(ip))
    while True:
        d, a = s.recvfrom(2048)
        if d.startswith(b'M-SEARCH') and b'InternetGatewayDevice' in d:
            log.write('M-SEARCH from %s\n' % a[0])
            s.sendto(('HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=120\r\nST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n'
                      'USN: uuid:stand-in::urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\nEXT:\r\nSERVER: Linux/6.1 UPnP/1.1 StandIn/1.0\r\n'
                      'LOCATION: http://%s:5000/desc.xml\r\n\r\n' % ip).encode(), a)


threading.Thread(target=ssdp, daemon=True).start()
http.server.HTTPServer((ip, 5000), Handler).serve_forever()

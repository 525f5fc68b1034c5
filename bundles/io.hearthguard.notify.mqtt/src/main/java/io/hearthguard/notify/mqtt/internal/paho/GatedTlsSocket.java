package io.hearthguard.notify.mqtt.internal.paho;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketOption;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import javax.net.ssl.HandshakeCompletedListener;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * A TLS socket whose application streams are gated as {@link ConnectSafeSockets} describes;
 * everything else goes to the real TLS socket (the JDK's implementation cannot be subclassed,
 * and Paho needs an {@link SSLSocket}). The handshake's own traffic is not gated: it is not
 * written through {@link #getOutputStream()}.
 */
final class GatedTlsSocket extends SSLSocket {
    private final SSLSocket s;
    private final ConnectSafeSockets.Streams streams = new ConnectSafeSockets.Streams();

    GatedTlsSocket(SSLSocket s) {
        this.s = s;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return streams.input(s.getInputStream());
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        return streams.output(s.getOutputStream());
    }

    @Override
    public void close() throws IOException {
        streams.gate.open();
        s.close();
    }

    @Override
    public void shutdownInput() throws IOException {
        streams.gate.open();
        s.shutdownInput();
    }

    // ---- the rest is the real socket's

    @Override
    public void connect(SocketAddress endpoint) throws IOException {
        s.connect(endpoint);
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        s.connect(endpoint, timeout);
    }

    @Override
    public void bind(SocketAddress bindpoint) throws IOException {
        s.bind(bindpoint);
    }

    @Override
    public InetAddress getInetAddress() {
        return s.getInetAddress();
    }

    @Override
    public InetAddress getLocalAddress() {
        return s.getLocalAddress();
    }

    @Override
    public int getPort() {
        return s.getPort();
    }

    @Override
    public int getLocalPort() {
        return s.getLocalPort();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return s.getRemoteSocketAddress();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return s.getLocalSocketAddress();
    }

    @Override
    public SocketChannel getChannel() {
        return s.getChannel();
    }

    @Override
    public void setTcpNoDelay(boolean on) throws SocketException {
        s.setTcpNoDelay(on);
    }

    @Override
    public boolean getTcpNoDelay() throws SocketException {
        return s.getTcpNoDelay();
    }

    @Override
    public void setSoLinger(boolean on, int linger) throws SocketException {
        s.setSoLinger(on, linger);
    }

    @Override
    public int getSoLinger() throws SocketException {
        return s.getSoLinger();
    }

    @Override
    public void sendUrgentData(int data) throws IOException {
        s.sendUrgentData(data);
    }

    @Override
    public void setOOBInline(boolean on) throws SocketException {
        s.setOOBInline(on);
    }

    @Override
    public boolean getOOBInline() throws SocketException {
        return s.getOOBInline();
    }

    @Override
    public void setSoTimeout(int timeout) throws SocketException {
        s.setSoTimeout(timeout);
    }

    @Override
    public int getSoTimeout() throws SocketException {
        return s.getSoTimeout();
    }

    @Override
    public void setSendBufferSize(int size) throws SocketException {
        s.setSendBufferSize(size);
    }

    @Override
    public int getSendBufferSize() throws SocketException {
        return s.getSendBufferSize();
    }

    @Override
    public void setReceiveBufferSize(int size) throws SocketException {
        s.setReceiveBufferSize(size);
    }

    @Override
    public int getReceiveBufferSize() throws SocketException {
        return s.getReceiveBufferSize();
    }

    @Override
    public void setKeepAlive(boolean on) throws SocketException {
        s.setKeepAlive(on);
    }

    @Override
    public boolean getKeepAlive() throws SocketException {
        return s.getKeepAlive();
    }

    @Override
    public void setTrafficClass(int tc) throws SocketException {
        s.setTrafficClass(tc);
    }

    @Override
    public int getTrafficClass() throws SocketException {
        return s.getTrafficClass();
    }

    @Override
    public void setReuseAddress(boolean on) throws SocketException {
        s.setReuseAddress(on);
    }

    @Override
    public boolean getReuseAddress() throws SocketException {
        return s.getReuseAddress();
    }

    @Override
    public void shutdownOutput() throws IOException {
        s.shutdownOutput();
    }

    @Override
    public String toString() {
        return s.toString();
    }

    @Override
    public boolean isConnected() {
        return s.isConnected();
    }

    @Override
    public boolean isBound() {
        return s.isBound();
    }

    @Override
    public boolean isClosed() {
        return s.isClosed();
    }

    @Override
    public boolean isInputShutdown() {
        return s.isInputShutdown();
    }

    @Override
    public boolean isOutputShutdown() {
        return s.isOutputShutdown();
    }

    @Override
    public void setPerformancePreferences(int connectionTime, int latency, int bandwidth) {
        s.setPerformancePreferences(connectionTime, latency, bandwidth);
    }

    @Override
    public <T> SSLSocket setOption(SocketOption<T> name, T value) throws IOException {
        s.setOption(name, value);
        return this;
    }

    @Override
    public <T> T getOption(SocketOption<T> name) throws IOException {
        return s.getOption(name);
    }

    @Override
    public Set<SocketOption<?>> supportedOptions() {
        return s.supportedOptions();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return s.getSupportedCipherSuites();
    }

    @Override
    public String[] getEnabledCipherSuites() {
        return s.getEnabledCipherSuites();
    }

    @Override
    public void setEnabledCipherSuites(String[] suites) {
        s.setEnabledCipherSuites(suites);
    }

    @Override
    public String[] getSupportedProtocols() {
        return s.getSupportedProtocols();
    }

    @Override
    public String[] getEnabledProtocols() {
        return s.getEnabledProtocols();
    }

    @Override
    public void setEnabledProtocols(String[] protocols) {
        s.setEnabledProtocols(protocols);
    }

    @Override
    public SSLSession getSession() {
        return s.getSession();
    }

    @Override
    public SSLSession getHandshakeSession() {
        return s.getHandshakeSession();
    }

    @Override
    public void addHandshakeCompletedListener(HandshakeCompletedListener listener) {
        s.addHandshakeCompletedListener(listener);
    }

    @Override
    public void removeHandshakeCompletedListener(HandshakeCompletedListener listener) {
        s.removeHandshakeCompletedListener(listener);
    }

    @Override
    public void startHandshake() throws IOException {
        s.startHandshake();
    }

    @Override
    public void setUseClientMode(boolean mode) {
        s.setUseClientMode(mode);
    }

    @Override
    public boolean getUseClientMode() {
        return s.getUseClientMode();
    }

    @Override
    public void setNeedClientAuth(boolean need) {
        s.setNeedClientAuth(need);
    }

    @Override
    public boolean getNeedClientAuth() {
        return s.getNeedClientAuth();
    }

    @Override
    public void setWantClientAuth(boolean want) {
        s.setWantClientAuth(want);
    }

    @Override
    public boolean getWantClientAuth() {
        return s.getWantClientAuth();
    }

    @Override
    public void setEnableSessionCreation(boolean flag) {
        s.setEnableSessionCreation(flag);
    }

    @Override
    public boolean getEnableSessionCreation() {
        return s.getEnableSessionCreation();
    }

    @Override
    public SSLParameters getSSLParameters() {
        return s.getSSLParameters();
    }

    @Override
    public void setSSLParameters(SSLParameters params) {
        s.setSSLParameters(params);
    }

    @Override
    public String getApplicationProtocol() {
        return s.getApplicationProtocol();
    }

    @Override
    public String getHandshakeApplicationProtocol() {
        return s.getHandshakeApplicationProtocol();
    }

    @Override
    public void setHandshakeApplicationProtocolSelector(BiFunction<SSLSocket, List<String>, String> selector) {
        s.setHandshakeApplicationProtocolSelector(selector);
    }

    @Override
    public BiFunction<SSLSocket, List<String>, String> getHandshakeApplicationProtocolSelector() {
        return s.getHandshakeApplicationProtocolSelector();
    }
}

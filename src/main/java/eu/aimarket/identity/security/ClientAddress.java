package eu.aimarket.identity.security;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address a request comes from. Behind a reverse proxy, enable {@code
 * quarkus.http.proxy.proxy-address-forwarding} so that this is the client's, not the proxy's.
 */
final class ClientAddress {

  private ClientAddress() {}

  static String of(HttpServerRequest request) {
    SocketAddress address = request.remoteAddress();
    return address == null || address.host() == null ? "unknown" : address.host();
  }
}

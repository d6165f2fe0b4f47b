package eu.aimarket.integration;

import eu.aimarket.common.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a webhook may call: absolute http(s) URLs without credentials, over https in
 * production, and never to loopback, private or link-local addresses unless configured (a webhook
 * must not become a way into the operator's own network). Checked when subscribing and again before
 * every attempt, since DNS may change in between.
 */
@ApplicationScoped
public class WebhookTargets {

  private final WebhookConfig config;

  public WebhookTargets(WebhookConfig config) {
    this.config = config;
  }

  /** The URL as it will be called; 400 on {@code field} when it may not be used. */
  public URI requireUsable(String url, String field) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw DomainException.invalid(field, "is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || uri.getHost() == null || !scheme.matches("https?")) {
      throw DomainException.invalid(field, "must be an absolute http or https URL");
    }
    if (config.requireHttps() && !scheme.equals("https")) {
      throw DomainException.invalid(field, "must use https");
    }
    if (uri.getRawUserInfo() != null) {
      throw DomainException.invalid(
          field, "must not contain credentials; deliveries are authenticated by their signature");
    }
    if (uri.getRawFragment() != null) {
      throw DomainException.invalid(field, "must not contain a fragment");
    }
    refusal(uri)
        .ifPresent(
            reason -> {
              throw DomainException.invalid(field, reason);
            });
    return uri;
  }

  /** Why a delivery to this URL must not be attempted now, if it must not. */
  public Optional<String> refusal(URI uri) {
    if (config.allowPrivateTargets()) {
      return Optional.empty();
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      return Optional.of("names a host that does not resolve: " + uri.getHost());
    }
    for (InetAddress address : addresses) {
      if (isInternal(address)) {
        return Optional.of(
            "resolves to an internal address (" + address.getHostAddress() + "), which is refused");
      }
    }
    return Optional.empty();
  }

  private static boolean isInternal(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      return (bytes[0] & 0xFE) == 0xFC; // unique local fc00::/7
    }
    // carrier-grade NAT 100.64.0.0/10
    return (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64;
  }
}

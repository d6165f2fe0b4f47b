package eu.aimarket.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.aimarket.common.ServiceUnavailable;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refusal that knows when to come back says so once, with its own delay. */
class UnavailableMapperTest {

  @Test
  void retryAfterIsTheRefusalsOwnAndAppearsOnce() {
    Response response =
        new UnavailableMapper()
            .unavailable(
                new ServiceUnavailable("Rankings are queued", Duration.ofSeconds(7)),
                uriOf("/api/v1/requirements/x/matches"),
                null);

    assertEquals(503, response.getStatus());
    assertEquals(List.of("7"), response.getStringHeaders().get(HttpHeaders.RETRY_AFTER));
  }

  private static UriInfo uriOf(String path) {
    return (UriInfo)
        Proxy.newProxyInstance(
            UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getPath") && (args == null || args.length == 0)) {
                return path;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}

package eu.aimarket.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.catalog.OfferingData;
import eu.aimarket.catalog.OfferingFixtures;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Helpers for webhook tests: offering bodies and a receiver's own signature check. */
public final class WebhookFixtures {

  private WebhookFixtures() {}

  public static OfferingData publishedOffering(ObjectMapper json, String name) {
    Map<String, Object> body = OfferingFixtures.validOffering(name);
    return json.convertValue(body, OfferingData.class);
  }

  public static OfferingData draftOffering(ObjectMapper json, String name) {
    Map<String, Object> body = OfferingFixtures.validOffering(name);
    body.put("status", "DRAFT");
    return json.convertValue(body, OfferingData.class);
  }

  /**
   * What a receiver computes to verify a delivery, written out here independently of the
   * application's signer: HMAC-SHA256 keyed with the secret over {@code timestamp + "." + body}.
   */
  public static String expectedSignature(String secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "v1="
          + HexFormat.of()
              .formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}

package eu.aimarket.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a cursor-paged list to its end, the way a client does: following nextCursor. */
public final class Pages {

  private Pages() {}

  /** Every item of the list at {@code path} (which may hold a query, e.g. a small limit). */
  public static List<Map<String, Object>> all(String path) {
    List<Map<String, Object>> items = new ArrayList<>();
    String cursor = null;
    do {
      var request = given();
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.when().get(path).then().statusCode(200).extract().jsonPath();
      items.addAll(page.getList("items"));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return items;
  }
}

package io.activityplatform.service.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Walks a list endpoint the way a client of the one pagination style does: by following the absolute
 * {@code Link: rel="next"} from page to page, checking on each page that the Link and {@code nextCursor} agree,
 * that the page holds at most {@code limit} items, and that the Link keeps every other query parameter.
 */
public final class PageWalker {

    private static final int MAX_PAGES = 1000;

    private PageWalker() {
    }

    /** The values of {@code field} over every page of {@code firstPage} (a path with its query) as the default caller. */
    public static List<String> walk(String firstPage, int limit, String field, String... keptParameters) {
        return walk(RestAssured::given, firstPage, limit, field, keptParameters);
    }

    /** As {@link #walk(String, int, String, String...)}, with each request made from {@code caller}. */
    public static List<String> walk(Supplier<RequestSpecification> caller, String firstPage, int limit, String field,
            String... keptParameters) {
        return walkList(caller, firstPage, limit, "items", field, keptParameters);
    }

    /** As {@link #walk}, for a document whose page of items is the array named {@code list}. */
    public static List<String> walkList(Supplier<RequestSpecification> caller, String firstPage, int limit,
            String list, String field, String... keptParameters) {
        List<String> values = new ArrayList<>();
        String next = firstPage;
        for (int pages = 0; next != null; pages++) {
            assertThat(pages).as("pages of %s", firstPage).isLessThan(MAX_PAGES);
            Response page = caller.get().get(next).then().statusCode(200).extract().response();
            List<String> items = page.jsonPath().getList(list + "." + field, String.class);
            assertThat(items).as("a page of %s", next).hasSizeLessThanOrEqualTo(limit);
            values.addAll(items);
            String link = page.header("Link");
            String cursor = page.jsonPath().getString("nextCursor");
            assertThat(link == null).as("Link header present exactly when nextCursor is: %s", link)
                    .isEqualTo(cursor == null);
            next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
            if (next != null) {
                assertThat(next).as("an absolute next URL").startsWith("http").contains("cursor=");
                for (String kept : keptParameters) {
                    assertThat(next).as("the next URL keeps %s", kept).contains(kept);
                }
            }
        }
        return values;
    }
}

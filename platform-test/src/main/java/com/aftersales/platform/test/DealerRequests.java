package com.aftersales.platform.test;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Requests of one dealership in a service test: every request carries its own {@code X-Dealer-Id}, so tests
 * sharing the one Spring context (and so the one database) never see each other's data. Each service's test
 * support extends it with short ways to set up what its tests need through its API.
 */
public abstract class DealerRequests {

    private final MockMvc http;
    private final String id;

    protected DealerRequests(MockMvc http, String id) {
        this.http = http;
        this.id = id;
    }

    /** A dealer id nobody else uses (the header allows 40 characters at most). */
    protected static String freshId() {
        return "dealer-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    public String id() {
        return id;
    }

    public ResultActions get(String url, Object... vars) throws Exception {
        return http.perform(scoped(MockMvcRequestBuilders.get(url, vars)));
    }

    public ResultActions post(String url, String json, Object... vars) throws Exception {
        return http.perform(scoped(MockMvcRequestBuilders.post(url, vars)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions postIfMatch(String url, String ifMatch, String json, Object... vars) throws Exception {
        return http.perform(scoped(MockMvcRequestBuilders.post(url, vars)).header("If-Match", ifMatch)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions postWithoutBody(String url, Object... vars) throws Exception {
        return http.perform(scoped(MockMvcRequestBuilders.post(url, vars)));
    }

    public ResultActions put(String url, String json, Object... vars) throws Exception {
        return http.perform(scoped(MockMvcRequestBuilders.put(url, vars)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions putIfMatch(String url, String ifMatch, String json, Object... vars) throws Exception {
        return http.perform(scoped(MockMvcRequestBuilders.put(url, vars)).header("If-Match", ifMatch)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions delete(String url, Object... vars) throws Exception {
        return http.perform(scoped(MockMvcRequestBuilders.delete(url, vars)));
    }

    /** Any request, with this dealer's header added. */
    public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        return http.perform(scoped(request));
    }

    public MockHttpServletRequestBuilder scoped(MockHttpServletRequestBuilder request) {
        return request.header("X-Dealer-Id", id).characterEncoding(StandardCharsets.UTF_8);
    }

    public static String body(ResultActions actions) throws Exception {
        return body(actions.andReturn());
    }

    public static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    public static <T> T read(ResultActions actions, String path) throws Exception {
        return JsonPath.read(body(actions), path);
    }

    /** What a GET answers now, to compare before and after a refused request. */
    public String snapshot(String url, Object... vars) throws Exception {
        return body(get(url, vars).andExpect(status().isOk()));
    }
}

package org.reversementoring.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.reversementoring.identity.DemoUser;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Reads a Tasklist filter over REST as Tasklist reads it for a demo user: the entries as HAL
 * with the filter's variables (the case columns), and the count Tasklist shows beside it.
 */
public final class TasklistFilterReader {

  private final TestRestTemplate http;

  public TasklistFilterReader(TestRestTemplate http) {
    this.http = http;
  }

  /**
   * The filter's entries of these cases, in the filter's order. Tasks of other tests' cases are
   * left out here: a filter's query keeps only a single business key of the query that extends it.
   */
  public List<Map<String, Object>> list(DemoUser user, String filter, List<String> businessKeys) {
    return list(user, filter).stream().filter(entry -> businessKeys.contains(variable(entry, "caseNumber"))).toList();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> list(DemoUser user, String filter) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> answer = http.withBasicAuth(user.id(), user.password()).exchange(
        "/engine-rest/filter/{id}/list?firstResult=0&maxResults=500", HttpMethod.POST,
        new HttpEntity<>(Map.of(), headers), Map.class, filterId(user, filter));
    assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(200);
    Map<String, Object> embedded = (Map<String, Object>) answer.getBody().get("_embedded");
    return embedded == null ? List.of() : (List<Map<String, Object>>) embedded.getOrDefault("task", List.of());
  }

  /** How many of the filter's tasks belong to these cases, counted by the filter as Tasklist counts. */
  public long count(DemoUser user, String filter, List<String> businessKeys) {
    long count = 0;
    for (String businessKey : businessKeys) {
      ResponseEntity<Map> answer = http.withBasicAuth(user.id(), user.password()).postForEntity(
          "/engine-rest/filter/{id}/count", Map.of("processInstanceBusinessKey", businessKey), Map.class,
          filterId(user, filter));
      assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(200);
      count += ((Number) answer.getBody().get("count")).longValue();
    }
    return count;
  }

  /** A case column's value of one entry, null when the entry has none. */
  @SuppressWarnings("unchecked")
  public static Object variable(Map<String, Object> halTask, String name) {
    List<Map<String, Object>> variables = (List<Map<String, Object>>) ((Map<String, Object>) halTask.get("_embedded"))
        .get("variable");
    return variables.stream().filter(variable -> name.equals(variable.get("name"))).map(variable -> variable.get("value"))
        .findFirst().orElse(null);
  }

  @SuppressWarnings("unchecked")
  private String filterId(DemoUser user, String name) {
    List<Map<String, Object>> filters = http.withBasicAuth(user.id(), user.password())
        .getForObject("/engine-rest/filter?resourceType=Task&name={name}", List.class, name);
    assertThat(filters).as(user.id() + " sees " + name).hasSize(1);
    return (String) filters.get(0).get("id");
  }
}

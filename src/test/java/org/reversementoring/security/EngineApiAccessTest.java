package org.reversementoring.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The gate's part of the matrix (README "Security model", engine API): which groups reach which
 * parts of the engine API at all, before Camunda's authorizations look at the instance.
 */
class EngineApiAccessTest {

  @ParameterizedTest(name = "{2} {1} as {0} ({3}): {4}")
  @CsvSource(delimiter = '|', textBlock = """
      lena  | job/42/retries                          | PUT    | mentors              | false
      lena  | job                                     | GET    | mentors              | false
      sven  | job-definition                          | GET    | training-supervisors | false
      carla | job                                     | GET    | coordinators         | true
      carla | job/42/retries                          | PUT    | coordinators         | false
      otto  | incident                                | GET    | process-owners       | true
      otto  | batch/7                                 | DELETE | process-owners       | false
      carla | identity/verify                         | POST   | coordinators         | false
      lena  | identity/groups                         | GET    | mentors              | true
      lena  | user/lena/profile                       | GET    | mentors              | true
      lena  | user/lena/profile                       | PUT    | mentors              | false
      lena  | user/lena/credentials                   | PUT    | mentors              | true
      lena  | user/marc/credentials                   | PUT    | mentors              | false
      lena  | user/marc/profile                       | GET    | mentors              | false
      lena  | user                                    | GET    | mentors              | false
      carla | user                                    | GET    | coordinators         | true
      carla | user/lena/profile                       | PUT    | coordinators         | false
      carla | user/create                             | POST   | coordinators         | false
      carla | group/mentors/members/lena              | PUT    | coordinators         | false
      lena  | authorization/check                     | GET    | mentors              | true
      lena  | authorization                           | GET    | mentors              | false
      carla | authorization                           | POST   | coordinators         | false
      marc  | message                                 | POST   | mentees              | false
      carla | message                                 | POST   | coordinators         | true
      paula | signal                                  | POST   | program-organizers   | false
      lena  | deployment                              | GET    | mentors              | false
      otto  | deployment                              | GET    | process-owners       | true
      otto  | deployment/create                       | POST   | process-owners       | false
      carla | migration/execute                       | POST   | coordinators         | false
      carla | process-instance/7/modification         | POST   | coordinators         | true
      carla | history/cleanup                         | POST   | coordinators         | false
      lena  | history/job-log                         | GET    | mentors              | false
      lena  | task                                    | GET    | mentors              | true
      lena  | task/42/submit-form                     | POST   | mentors              | true
      lena  | process-definition/key/x/submit-form    | POST   | mentors              | true
      lena  | filter/1/list                           | POST   | mentors              | true
      """)
  void reachesOnlyWhatTheGroupNeeds(String user, String resource, String method, String group, boolean allowed) {
    assertThat(EngineApiAccess.allowed(resource, method, user, Set.of(group))).isEqualTo(allowed);
  }
}

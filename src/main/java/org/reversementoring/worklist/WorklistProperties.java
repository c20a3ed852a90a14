package org.reversementoring.worklist;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code reverse-mentoring.worklist}.
 *
 * @param digestAt      from when in the morning (in the program's zone) the coordinators' digest goes
 *                      out; the hourly run after it sends it, once a day
 * @param digestEnabled whether the hourly run is on; the app tests switch it off (they move the
 *                      clock and run every due job, and a digest would join their mails)
 */
@ConfigurationProperties("reverse-mentoring.worklist")
public record WorklistProperties(@DefaultValue("07:00") LocalTime digestAt,
    @DefaultValue("true") boolean digestEnabled) {
}

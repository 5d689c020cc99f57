package dev.kijun.model;

import java.time.Duration;

/**
 * Incident handling the vendor commits to (B2-10): reachability, the six commitments ①–⑥ of the table, and whether
 * they can be written into the procurement specification.
 *
 * @param reachableOutsideBusinessHours reachable at any hour, 24/7, when an incident happens
 * @param includableInProcurementSpec whether these commitments can be written into the procurement specification
 * @param reportDeadline how soon after detection the city is told; not negative, at most 100 years
 * @param reportOnDetection ① report to the city promptly on detection
 * @param activeInvestigation ② investigate actively (operations, scope of impact)
 * @param immediateInvestigation ③ start investigating at once, also on a suspected incident
 * @param logCollection ④ collect system logs and provide what their analysis needs
 * @param containmentAndRecovery ⑤ stop the service where needed after reporting to the city, then recover promptly
 * @param promptPatching ⑥ apply firmware or software updates promptly where the investigation calls for them
 */
public record IncidentResponse(Claim reachableOutsideBusinessHours, Claim includableInProcurementSpec,
    Duration reportDeadline, Claim reportOnDetection, Claim activeInvestigation, Claim immediateInvestigation,
    Claim logCollection, Claim containmentAndRecovery, Claim promptPatching) {
  public IncidentResponse {
    Bounds.duration("reportDeadline", reportDeadline, "PT24H");
  }
}

package dev.groundwork.pipelines.internal;

import com.google.common.collect.ImmutableMap;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** The time zone people near an AWS region keep: the default zone of a deployment window. */
public final class RegionTimeZones {
  private static final Map<String, String> ZONES = ImmutableMap.ofEntries(
      Map.entry("us-east-1", "America/New_York"), Map.entry("us-east-2", "America/New_York"),
      Map.entry("us-west-1", "America/Los_Angeles"), Map.entry("us-west-2", "America/Los_Angeles"),
      Map.entry("ca-central-1", "America/Toronto"), Map.entry("sa-east-1", "America/Sao_Paulo"),
      Map.entry("eu-west-1", "Europe/Dublin"), Map.entry("eu-west-2", "Europe/London"),
      Map.entry("eu-west-3", "Europe/Paris"), Map.entry("eu-central-1", "Europe/Berlin"),
      Map.entry("eu-central-2", "Europe/Zurich"), Map.entry("eu-north-1", "Europe/Stockholm"),
      Map.entry("eu-south-1", "Europe/Rome"), Map.entry("eu-south-2", "Europe/Madrid"),
      Map.entry("ap-southeast-1", "Asia/Singapore"), Map.entry("ap-southeast-2", "Australia/Sydney"),
      Map.entry("ap-northeast-1", "Asia/Tokyo"), Map.entry("ap-northeast-2", "Asia/Seoul"),
      Map.entry("ap-south-1", "Asia/Kolkata"));

  private RegionTimeZones() {}

  /** The zone of {@code region}, if known. */
  public static Optional<ZoneId> of(String region) {
    return Optional.ofNullable(ZONES.get(region)).map(ZoneId::of);
  }
}

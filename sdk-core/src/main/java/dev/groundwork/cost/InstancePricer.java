package dev.groundwork.cost;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Resource;
import java.util.Set;

/**
 * EC2 instances (an admin host, a bastion): the instance type's on-demand hours for the month,
 * and the EBS volumes its block device mappings give it, priced as gp3.
 */
final class InstancePricer implements ResourcePricer {
  @Override
  public Set<String> types() {
    return Set.of("AWS::EC2::Instance");
  }

  @Override
  public Priced price(Resource instance, PriceBook book) {
    JsonNode type = instance.property("InstanceType");
    if (!type.isTextual()) {
      return new Priced.Unpriced("the instance type is not literal");
    }
    double volumeGb = 0;
    for (JsonNode mapping : instance.property("BlockDeviceMappings")) {
      volumeGb += mapping.path("Ebs").path("VolumeSize").asDouble(0);
    }
    return book.bill()
        .add(book.hours(), "h " + type.asText(), "ec2.instance." + type.asText() + ".hour")
        .add(volumeGb, "GB-month volumes", "ec2.ebs.gp3.gb-month")
        .note("on demand, all month; volumes priced as gp3")
        .done();
  }
}

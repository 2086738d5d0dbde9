import { CfnParameter, NestedStack, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/** The network in a nested stack: a group that lets anyone in on SSH, from a parameter's default. */
class NetworkStack extends NestedStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2, natGateways: 0 });
    const adminCidr = new CfnParameter(this, 'AdminCidr', { type: 'String', default: '0.0.0.0/0' });
    const admin = new ec2.SecurityGroup(this, 'Admin', { vpc, allowAllOutbound: false });
    admin.addIngressRule(ec2.Peer.ipv4(adminCidr.valueAsString), ec2.Port.tcp(22), 'SSH from the admin network');
  }
}

/** The orders service's stack, in the Prod stage: a queue and the nested network. */
export class OrdersStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    new sqs.Queue(this, 'Orders', { removalPolicy: RemovalPolicy.RETAIN });
    new NetworkStack(this, 'Network');
  }
}

import { App, Stage, type StageProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { OrdersStack } from '../lib/orders-stack.ts';
import { SharedStack } from '../lib/shared-stack.ts';

/** The production stage: what a team deploys through a pipeline. */
class ProdStage extends Stage {
  constructor(scope: Construct, id: string, props?: StageProps) {
    super(scope, id, props);
    new OrdersStack(this, 'Orders');
  }
}

const app = new App();
new SharedStack(app, 'Shared');
new ProdStage(app, 'Prod', { env: { account: '111111111111', region: 'eu-west-1' } });
app.synth();

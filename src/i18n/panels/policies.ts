/** The snapshot-policy messages in English: the policies panel and the instance pages (metadata, covering policies) import this. */
import { registerMessages } from '../catalog';
import { policies } from '../messages/en/policies';

registerMessages('policies', policies);

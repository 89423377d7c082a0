import './types';
import './payload';
import './subscriptions';

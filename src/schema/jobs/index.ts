import './types';
import './payload';
import './subscriptions';
import './history';

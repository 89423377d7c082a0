import './types';
import './queries';
import './job-mutations';
import './mutations';

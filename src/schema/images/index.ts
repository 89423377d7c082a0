import './types';
import './queries';

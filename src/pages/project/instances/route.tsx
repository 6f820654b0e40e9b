import '@/i18n/panels/instances'; // registers the panel's messages
export { InstancesPage as Component } from './InstancesPage';

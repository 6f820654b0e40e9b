import '@/i18n/panels/launch'; // registers the panel's messages
export { LaunchPage as Component } from './LaunchPage';

import '@/i18n/panels/restore'; // registers the restore messages
export { InstanceSnapshotsPage as Component } from './InstanceSnapshotsPage';

// The Quartz rows maildoctor reads, the same whether they came from PostgreSQL or from an export.

/** One row of qrtz_triggers; times are epoch milliseconds, `null` when the column is empty. */
export interface TriggerRow {
  schedName: string;
  triggerName: string;
  triggerGroup: string;
  jobName: string;
  jobGroup: string;
  description: string | null;
  triggerState: string;
  triggerType: string | null;
  nextFireTime: number | null;
  /** -1 when Quartz never fired the trigger. */
  prevFireTime: number | null;
  startTime: number | null;
  endTime: number | null;
}

/** One row of qrtz_simple_triggers: a fixed repeat interval. */
export interface SimpleTriggerRow {
  schedName: string;
  triggerName: string;
  triggerGroup: string;
  repeatInterval: number;
  repeatCount: number | null;
  timesTriggered: number | null;
}

/** One row of qrtz_cron_triggers. */
export interface CronTriggerRow {
  schedName: string;
  triggerName: string;
  triggerGroup: string;
  cronExpression: string;
  timeZoneId: string | null;
}

/** One row of qrtz_fired_triggers: an execution that is acquired or running. */
export interface FiredTriggerRow {
  schedName: string;
  entryId: string;
  triggerName: string;
  triggerGroup: string;
  instanceName: string;
  firedTime: number;
  state: string;
  jobName: string | null;
  jobGroup: string | null;
  isNonconcurrent: boolean | null;
}

/** One row of qrtz_scheduler_state: a scheduler node and its last heartbeat. */
export interface SchedulerStateRow {
  schedName: string;
  instanceName: string;
  lastCheckinTime: number;
  checkinInterval: number;
}

/** One row of qrtz_job_details: the job class and whether it may run concurrently. */
export interface JobDetailRow {
  schedName: string;
  jobName: string;
  jobGroup: string;
  jobClassName: string | null;
  isNonconcurrent: boolean | null;
}

/** Everything read about the scheduler; a table that was not available is `undefined`. */
export interface QuartzData {
  triggers: TriggerRow[];
  simple?: SimpleTriggerRow[];
  cron?: CronTriggerRow[];
  fired?: FiredTriggerRow[];
  schedulerState?: SchedulerStateRow[];
  jobDetails?: JobDetailRow[];
}

/** The Quartz tables maildoctor understands, by their PostgreSQL names. */
export type QuartzTable = 'qrtz_triggers' | 'qrtz_simple_triggers' | 'qrtz_cron_triggers' | 'qrtz_fired_triggers' | 'qrtz_scheduler_state' | 'qrtz_job_details';

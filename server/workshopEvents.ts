import { EventEmitter } from 'node:events';

/** What happens to a workshop outside the control channel that its open screens must hear. */
export interface WorkshopEventMap {
  /**
   * The organiser changed the title (`PATCH /api/workshops/:id`), on this process (`local`)
   * or, told over Redis, on another one (`remote`, already stored: not to be passed on again).
   */
  titleChanged: [workshopId: string, title: string, source: 'local' | 'remote'];
}

/**
 * One typed bus between the REST routes (which change a workshop) and the session service
 * (which tells the screens): created before either, so neither needs the other.
 */
export class WorkshopEvents extends EventEmitter<WorkshopEventMap> {}

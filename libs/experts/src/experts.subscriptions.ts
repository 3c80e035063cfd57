import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@waardenet/live/channels';
import { QuestionsService } from './questions.service';

/** Every domain event experts react to, in one place (handled inside the cause's transaction). */
@Injectable()
export class ExpertsSubscriptions implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly questions: QuestionsService,
  ) {}

  onModuleInit(): void {
    this.events.on('thread.created', (event, em) => this.questions.onThreadCreated(event, em));
    this.events.on('post.created', (event, em) => this.questions.onPostCreated(event, em));
  }
}

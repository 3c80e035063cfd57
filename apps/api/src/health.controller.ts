import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Access } from '@waardenet/core';

@Controller()
export class HealthController {
  constructor(private readonly db: DataSource) {}

  @Access('public')
  @Get('health')
  @HttpCode(200)
  health() {
    return { status: 'ok' };
  }

  @Access('public')
  @Get('ready')
  async ready() {
    try {
      await this.db.query('SELECT 1');
      return { status: 'ready', database: 'up' };
    } catch {
      throw new ServiceUnavailableException({ status: 'not ready', database: 'down' });
    }
  }
}

import { Module } from '@nestjs/common';

/** Catalogue records, holdings, import (MARCXML/CSV) and thread–item links. */
@Module({
  providers: [],
})
export class CatalogueModule {}

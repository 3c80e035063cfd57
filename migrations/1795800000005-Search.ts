import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search. The search vectors live in side tables kept by triggers, not in columns of the
 * searched tables: the hot read paths select `posts.*`, and a tsvector there would travel with every
 * page. The side tables are not entities (TypeORM leaves them alone); only this migration defines them.
 * Text goes through the `dutch` configuration (stems: "fietsen" finds "fiets"); names and identifiers
 * also through `simple` (no stemming). Titles and names carry pg_trgm indexes for near-miss spelling.
 */
export class Search1795800000005 implements MigrationInterface {
  name = 'Search1795800000005';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // Dutch Snowball stems "fiets" to 'fiet' but "fietsen" to 'fiets': stemming each lexeme once more
    // brings singular and plural together. Documents and queries both go through it; positions are
    // kept, so phrase search still works.
    await q.query(`CREATE FUNCTION dutch_vector(txt text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(string_agg('''' || replace(replace(coalesce((ts_lexize('dutch_stem', u.lexeme))[1], u.lexeme), '\\', '\\\\'), '''', '''''')
        || ''':' || array_to_string(u.positions, ','), ' '), '')::tsvector
      FROM unnest(to_tsvector('dutch', txt)) u $$`);
    // websearch_to_tsquery('dutch', q) with every lexeme stemmed once more; `prefix` makes them prefixes
    // (for ts_headline, which parses the document with the plain dutch configuration).
    await q.query(`CREATE FUNCTION dutch_query(q text, prefix boolean DEFAULT false) RETURNS tsquery LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      DECLARE
        src text := websearch_to_tsquery('dutch', q)::text;
        result text := '';
        m text;
        pos int;
        lex text;
      BEGIN
        LOOP
          m := substring(src from '''(?:[^'']|'''')*''');
          EXIT WHEN m IS NULL;
          pos := position(m in src);
          lex := replace(substr(m, 2, length(m) - 2), '''''', '''');
          lex := coalesce((ts_lexize('dutch_stem', lex))[1], lex);
          result := result || substr(src, 1, pos - 1) || '''' || replace(lex, '''', '''''') || '''' || CASE WHEN prefix THEN ':*' ELSE '' END;
          src := substr(src, pos + length(m));
        END LOOP;
        RETURN (result || src)::tsquery;
      END $$`);

    // Posts and threads carry their community and whether readers may see them, so a search filters
    // without joining the big tables; the triggers keep both right when posts or threads change.
    await q.query(`CREATE TABLE search_posts (
      post_id uuid PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE, thread_id uuid NOT NULL, community_id uuid NOT NULL,
      visible boolean NOT NULL, tsv tsvector NOT NULL)`);
    await q.query(`CREATE INDEX search_posts_tsv_idx ON search_posts USING gin (tsv)`);
    await q.query(`CREATE INDEX search_posts_thread_idx ON search_posts (thread_id)`);
    await q.query(`CREATE FUNCTION search_posts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_posts (post_id, thread_id, community_id, visible, tsv)
          SELECT NEW.id, t.id, t.community_id, NEW.state = 'VISIBLE' AND NEW.deleted_at IS NULL AND t.state = 'VISIBLE', dutch_vector(NEW.body)
          FROM threads t WHERE t.id = NEW.thread_id
          ON CONFLICT (post_id) DO UPDATE SET thread_id = EXCLUDED.thread_id, community_id = EXCLUDED.community_id, visible = EXCLUDED.visible, tsv = EXCLUDED.tsv;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER posts_search_sync AFTER INSERT OR UPDATE OF body, state, deleted_at, thread_id ON posts FOR EACH ROW EXECUTE FUNCTION search_posts_sync()`,
    );
    await q.query(`INSERT INTO search_posts (post_id, thread_id, community_id, visible, tsv)
      SELECT p.id, t.id, t.community_id, p.state = 'VISIBLE' AND p.deleted_at IS NULL AND t.state = 'VISIBLE', dutch_vector(p.body)
      FROM posts p JOIN threads t ON t.id = p.thread_id`);

    await q.query(`CREATE TABLE search_threads (
      thread_id uuid PRIMARY KEY REFERENCES threads(id) ON DELETE CASCADE, community_id uuid NOT NULL, visible boolean NOT NULL,
      title text NOT NULL, tsv tsvector NOT NULL)`);
    await q.query(`CREATE INDEX search_threads_tsv_idx ON search_threads USING gin (tsv)`);
    await q.query(`CREATE INDEX search_threads_title_trgm_idx ON search_threads USING gin (title gin_trgm_ops)`);
    await q.query(`CREATE FUNCTION search_threads_vector(title text) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
      SELECT setweight(dutch_vector(title), 'A') || setweight(to_tsvector('simple', title), 'B') $$`);
    await q.query(`CREATE FUNCTION search_threads_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_threads (thread_id, community_id, visible, title, tsv)
          VALUES (NEW.id, NEW.community_id, NEW.state = 'VISIBLE', NEW.title, search_threads_vector(NEW.title))
          ON CONFLICT (thread_id) DO UPDATE SET community_id = EXCLUDED.community_id, visible = EXCLUDED.visible, title = EXCLUDED.title, tsv = EXCLUDED.tsv;
        IF TG_OP = 'UPDATE' AND (NEW.state IS DISTINCT FROM OLD.state OR NEW.community_id IS DISTINCT FROM OLD.community_id) THEN
          UPDATE search_posts sp SET community_id = NEW.community_id, visible = p.state = 'VISIBLE' AND p.deleted_at IS NULL AND NEW.state = 'VISIBLE'
            FROM posts p WHERE p.id = sp.post_id AND sp.thread_id = NEW.id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER threads_search_sync AFTER INSERT OR UPDATE OF title, state, community_id ON threads FOR EACH ROW EXECUTE FUNCTION search_threads_sync()`,
    );
    await q.query(`INSERT INTO search_threads (thread_id, community_id, visible, title, tsv)
      SELECT id, community_id, state = 'VISIBLE', title, search_threads_vector(title) FROM threads`);

    await q.query(
      `CREATE TABLE search_communities (community_id uuid PRIMARY KEY REFERENCES communities(id) ON DELETE CASCADE, name text NOT NULL, tsv tsvector NOT NULL)`,
    );
    await q.query(`CREATE INDEX search_communities_tsv_idx ON search_communities USING gin (tsv)`);
    await q.query(`CREATE INDEX search_communities_name_trgm_idx ON search_communities USING gin (name gin_trgm_ops)`);
    await q.query(`CREATE FUNCTION search_communities_vector(c communities) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
      SELECT setweight(dutch_vector(c.name), 'A') || setweight(to_tsvector('simple', c.name || ' ' || c.slug), 'B')
        || setweight(dutch_vector(c.theme || ' ' || c.description), 'C') $$`);
    await q.query(`CREATE FUNCTION search_communities_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_communities (community_id, name, tsv) VALUES (NEW.id, NEW.name, search_communities_vector(NEW))
          ON CONFLICT (community_id) DO UPDATE SET name = EXCLUDED.name, tsv = EXCLUDED.tsv;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER communities_search_sync AFTER INSERT OR UPDATE OF name, slug, theme, description ON communities FOR EACH ROW EXECUTE FUNCTION search_communities_sync()`,
    );
    await q.query(
      `INSERT INTO search_communities (community_id, name, tsv) SELECT c.id, c.name, search_communities_vector(c) FROM communities c`,
    );

    // Catalogue items: re-imports rewrite rows with the same values, so only real changes are indexed again.
    await q.query(
      `CREATE TABLE search_items (item_id uuid PRIMARY KEY REFERENCES collection_items(id) ON DELETE CASCADE, title text NOT NULL, tsv tsvector NOT NULL)`,
    );
    await q.query(`CREATE INDEX search_items_tsv_idx ON search_items USING gin (tsv)`);
    await q.query(`CREATE INDEX search_items_title_trgm_idx ON search_items USING gin (title gin_trgm_ops)`);
    await q.query(`CREATE FUNCTION search_items_vector(i collection_items) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
      SELECT setweight(dutch_vector(i.title), 'A') || setweight(to_tsvector('simple', coalesce(i.isbn13, '') || ' ' || array_to_string(i.identifiers, ' ')), 'A')
        || setweight(to_tsvector('simple', i.title || ' ' || array_to_string(i.creators, ' ')), 'B') || setweight(dutch_vector(array_to_string(i.subjects, ' ')), 'C') $$`);
    // Statement-level, over the transition tables: an import writes a thousand records per statement.
    await q.query(`CREATE FUNCTION search_items_sync_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_items (item_id, title, tsv) SELECT n.id, n.title, search_items_vector(n) FROM new_rows n
          ON CONFLICT (item_id) DO UPDATE SET title = EXCLUDED.title, tsv = EXCLUDED.tsv;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION search_items_sync_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_items (item_id, title, tsv) SELECT n.id, n.title, search_items_vector(n) FROM new_rows n JOIN old_rows o ON o.id = n.id
          WHERE o.title IS DISTINCT FROM n.title OR o.creators IS DISTINCT FROM n.creators OR o.subjects IS DISTINCT FROM n.subjects
            OR o.identifiers IS DISTINCT FROM n.identifiers OR o.isbn13 IS DISTINCT FROM n.isbn13
          ON CONFLICT (item_id) DO UPDATE SET title = EXCLUDED.title, tsv = EXCLUDED.tsv;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER collection_items_search_insert AFTER INSERT ON collection_items
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_items_sync_inserted()`);
    await q.query(`CREATE TRIGGER collection_items_search_update AFTER UPDATE ON collection_items
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_items_sync_updated()`);
    await q.query(`INSERT INTO search_items (item_id, title, tsv) SELECT i.id, i.title, search_items_vector(i) FROM collection_items i`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER collection_items_search_update ON collection_items`);
    await q.query(`DROP TRIGGER collection_items_search_insert ON collection_items`);
    await q.query(`DROP FUNCTION search_items_sync_updated()`);
    await q.query(`DROP FUNCTION search_items_sync_inserted()`);
    await q.query(`DROP TABLE search_items`);
    await q.query(`DROP FUNCTION search_items_vector(collection_items)`);
    await q.query(`DROP TRIGGER communities_search_sync ON communities`);
    await q.query(`DROP FUNCTION search_communities_sync()`);
    await q.query(`DROP TABLE search_communities`);
    await q.query(`DROP FUNCTION search_communities_vector(communities)`);
    await q.query(`DROP TRIGGER threads_search_sync ON threads`);
    await q.query(`DROP FUNCTION search_threads_sync()`);
    await q.query(`DROP TABLE search_threads`);
    await q.query(`DROP FUNCTION search_threads_vector(text)`);
    await q.query(`DROP TRIGGER posts_search_sync ON posts`);
    await q.query(`DROP FUNCTION search_posts_sync()`);
    await q.query(`DROP TABLE search_posts`);
    await q.query(`DROP FUNCTION dutch_query(text, boolean)`);
    await q.query(`DROP FUNCTION dutch_vector(text)`);
  }
}

import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  OperationTypeNode,
  Token,
  TokenKind,
  ValidationContext,
  ValidationRule,
  specifiedRules,
} from 'graphql';
import { AppError } from '../errors/app-error';
import { NulCharacterRule } from './nul-character';
import { pageCostRule } from './page-cost.rule';

/**
 * The limits every GraphQL document meets, over HTTP and over graphql-ws alike (docs/limits.md says
 * why each number). Our own largest queries — the thread page, a community's threads with authors,
 * the permission tests — stay well inside them; `test/security` proves both sides.
 */
export const GRAPHQL_LIMITS = {
  /** Field nesting; introspection (`__schema`) is exempt; fragments count as the fields they hold. */
  maxDepth: 8,
  /** 2 per object, 1 per scalar, x1.5 per level, x the size of each page on the way (see pageCostRule). */
  maxCost: 20_000,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
  maxCharacters: 15_000,
  /**
   * A subscription document is executed again for every event of its thread or community, once per
   * distinct document: so its budget is far below a query's. The web client's own cost 88 (threadEvents),
   * 74 (the network feed), 59 (notificationAdded), 33 (communityEvents); a nested page of posts does not fit.
   */
  maxSubscriptionCost: 200,
} as const;

/** A subscription over its budget: BAD_USER_INPUT, reason SUBSCRIPTION_TOO_COSTLY (the AppError carries the reason to formatError). */
function subscriptionTooCostly(cost: number, max: number): GraphQLError {
  const error = new AppError(
    'BAD_USER_INPUT',
    `This subscription asks for too much per event (cost ${cost}, at most ${max}): subscribe to the event's own fields and fetch lists over HTTP.`,
    {
      reason: 'SUBSCRIPTION_TOO_COSTLY',
      cost,
      max,
    },
  );
  return new GraphQLError(error.message, { extensions: { ...error.extensions, code: error.code }, originalError: error });
}

/** An armor refusal reads "Syntax Error: Query depth limit of 8 exceeded, found 9.": drop the misleading prefix. */
function reject(ctx: ValidationContext | null, error: GraphQLError): void {
  ctx?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
}

const callbacks = () => ({ propagateOnRejection: false, onReject: [reject] });

/** Non-comment tokens between the start and end of the document, counted from the parser's token list. */
function countTokens(first: Token | undefined): number {
  let n = 0;
  for (let t: Token | null | undefined = first; t; t = t.next) {
    if (t.kind !== TokenKind.SOF && t.kind !== TokenKind.EOF && t.kind !== TokenKind.COMMENT) n++;
  }
  return n;
}

/**
 * Characters and tokens of an already parsed document. Over HTTP the document-size middleware and
 * the parser's own maxTokens refuse first (before any parsing work); graphql-ws parses the message
 * itself, so this rule holds the line there.
 */
export const DocumentSizeRule: ValidationRule = (context) => {
  const loc = context.getDocument().loc;
  if (loc) {
    const characters = loc.source.body.length;
    if (characters > GRAPHQL_LIMITS.maxCharacters) {
      context.reportError(
        new GraphQLError(`Document length limit of ${GRAPHQL_LIMITS.maxCharacters} characters exceeded, found ${characters}.`),
      );
    } else {
      const tokens = countTokens(loc.startToken);
      if (tokens > GRAPHQL_LIMITS.maxTokens)
        context.reportError(new GraphQLError(`Token limit of ${GRAPHQL_LIMITS.maxTokens} exceeded, found ${tokens}.`));
    }
  }
  return {};
};

/**
 * graphql-armor's depth, alias and directive rules with our numbers, our page-aware cost, and the document size.
 * Armor's token plugin and field-suggestion plugin are not used: graphql-js's own `maxTokens` parse
 * option stops a long document while it is parsed, and maskSuggestions (all messages, enum values
 * too) replaces the plugin's narrower pattern.
 */
export function graphqlLimitRules(): ValidationRule[] {
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...callbacks() },
    // Replaced by pageCostRule, which also prices pages whose size comes in a variable.
    costLimit: { enabled: false },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, ...callbacks() },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...callbacks() },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return [
    ...validationRules,
    pageCostRule({ maxCost: GRAPHQL_LIMITS.maxCost }),
    pageCostRule({ maxCost: GRAPHQL_LIMITS.maxSubscriptionCost, only: OperationTypeNode.SUBSCRIPTION, refuse: subscriptionTooCostly }),
    DocumentSizeRule,
    NulCharacterRule,
  ];
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** Removes graphql-js's "Did you mean …?" hints, which hand out the schema when introspection is off. */
export function maskSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/** A validation rule whose errors carry no suggestions. */
function withoutSuggestions(rule: ValidationRule): ValidationRule {
  return (context) => {
    const masked = new Proxy(context, {
      get(target, prop, receiver) {
        if (prop === 'reportError') {
          return (error: GraphQLError) =>
            target.reportError(new GraphQLError(maskSuggestions(error.message), { nodes: error.nodes, extensions: error.extensions }));
        }
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    return rule(masked);
  };
}

/**
 * The complete rule set for a transport that calls `validate()` itself (graphql-ws): graphql-js's
 * standard rules, our limits, and in production no introspection and no suggestions — what Apollo
 * does over HTTP with `introspection: false` and formatError's masking.
 */
export function liveValidationRules({ production }: { production: boolean }): ValidationRule[] {
  if (!production) return [...specifiedRules, ...graphqlLimitRules()];
  return [...specifiedRules.map(withoutSuggestions), NoSchemaIntrospectionCustomRule, ...graphqlLimitRules()];
}

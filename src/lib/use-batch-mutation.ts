import { MutationObserver, useQueryClient, type MutationObserverOptions } from '@tanstack/react-query';
import { useCallback } from 'react';

/**
 * A mutation for a batch (bulk delete): each call runs the mutation with its options' callbacks
 * (cache updates, the batch's one refresh) exactly as `useMutation` would, but without a React
 * subscription. `useMutation` re-renders its component on every state change of the latest call:
 * two renders per item, 200 for 100 deletes, which cost more than the deletes themselves.
 * Never retried: the options' `retry` applies as given (mutations here use 0).
 */
export function useBatchMutation<TData, TError, TVariables, TContext>(
  options: MutationObserverOptions<TData, TError, TVariables, TContext>,
): (variables: TVariables) => Promise<TData> {
  const client = useQueryClient();
  return useCallback((variables: TVariables) => new MutationObserver(client, options).mutate(variables), [client, options]);
}

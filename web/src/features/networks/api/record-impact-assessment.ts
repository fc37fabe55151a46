import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RecordImpactAssessmentCommand } from '@/lib/api/schema-types';
import { networkQueryKey } from '@/features/networks/api/get-network';

export type RecordImpactAssessmentInput = { networkId: string; projectId: string; body: RecordImpactAssessmentCommand };

/** Records a dated assessment of a project (one per project and date: 409 network.assessment_exists). */
export async function recordImpactAssessment({ networkId, projectId, body }: RecordImpactAssessmentInput) {
  return unwrap(
    await api.POST('/api/v1/networks/{id}/projects/{projectId}/assessments', {
      params: { path: { id: networkId, projectId } },
      body,
    }),
  );
}

export function useRecordImpactAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordImpactAssessment,
    onSuccess: (_, { networkId }) => void queryClient.invalidateQueries({ queryKey: networkQueryKey(networkId) }),
  });
}

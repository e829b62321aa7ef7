/**
 * What a deployer meets when the Google side is not set up: an advanced service whose global
 * exists but whose API is off in the script's Cloud project ("… has not been used in project …
 * or it is disabled"), a service missing from the manifest, and a user whose edit rights come
 * through a Google Group. Each gives a Vietnamese message saying what to do.
 */
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { describeGoogleError } from '../../src/gas/google-errors';
import { apiDisabledMessage, CLOUD_PROJECT_NUMBER } from '../fakes/gas';
import { gasWorkbook, SECRETARIAT } from '../support/gas-workbook';

const lastPrompt = (wb: ReturnType<typeof gasWorkbook>) => wb.env.ui.dialogs.at(-1)?.prompt ?? '';

describe('advanced services that exist but are off in the Cloud project', () => {
  it('says in Vietnamese which API to enable, where, and that it takes a few minutes', () => {
    const wb = gasWorkbook(CHU_PUH_2023, { advancedServices: { sheets: 'disabled-in-project' } });
    wb.call('baocaoCheck');
    const text = lastPrompt(wb);
    expect(text).toContain(`Google Sheets API chưa được bật trong dự án Google Cloud số ${CLOUD_PROJECT_NUMBER}`);
    expect(text).toContain(`https://console.developers.google.com/apis/api/sheets.googleapis.com/overview?project=${CLOUD_PROJECT_NUMBER}`);
    expect(text).toContain('đợi vài phút');
    expect(text).not.toContain('has not been used');
  });

  it('recognises the Docs and Drive variants of the same error', () => {
    for (const service of ['Docs', 'Drive'] as const) {
      expect(describeGoogleError(new Error(`GoogleJsonResponseException: API call failed with error: ${apiDisabledMessage(service)}`))).toContain(
        `Google ${service} API chưa được bật`,
      );
    }
  });

  it('explains a service missing from the manifest', () => {
    const wb = gasWorkbook(CHU_PUH_2023, { advancedServices: { sheets: false } });
    wb.call('baocaoProgress');
    expect(lastPrompt(wb)).toContain('Chưa bật dịch vụ nâng cao "Google Sheets API"');
  });
});

describe('protections when edit rights come through a group', () => {
  it('adds the running user as an editor before removing the group, so setup does not fail', () => {
    const data = { ...CHU_PUH_2023, units: CHU_PUH_2023.units.map((u) => ({ ...u, submittedAt: null, submittedBy: null })) };
    const wb = gasWorkbook(data, {
      spreadsheet: { owner: 'chu.so.huu@example.org', editors: ['bdv-nhom@example.org', 'ubnd@example.org'], groups: { 'bdv-nhom@example.org': [SECRETARIAT] } },
    });
    wb.call('baocaoSetup');
    const ubnd = wb.env.spreadsheet.findSheet('UBND huyện')!.protections.find((p) => !p.removed)!;
    expect(ubnd.editorEmails().sort()).toEqual([SECRETARIAT, 'chu.so.huu@example.org', 'ubnd@example.org'].sort());
    expect(lastPrompt(wb)).toMatch(/Đã phân quyền \d+\/\d+ tab/);
  });
});

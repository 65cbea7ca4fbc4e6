import { Route, Routes } from 'react-router-dom';
import { MeetingListPage } from './MeetingListPage';
import { MeetingPage } from './MeetingPage';
import { NewMeetingPage } from './NewMeetingPage';

export function MusyawarahRoutes() {
  return (
    <Routes>
      <Route index element={<MeetingListPage />} />
      <Route path="baru" element={<NewMeetingPage />} />
      <Route path=":meetingId/:tab?" element={<MeetingPage />} />
    </Routes>
  );
}

import { Alert, Button, Stack, Text } from '@mantine/core';
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { withTranslation } from 'react-i18next';
import type { WithTranslation } from 'react-i18next';

type Props = WithTranslation & { children: ReactNode };
type State = { error: Error | null };

/** Keeps one broken screen from taking the whole window down. */
class ErrorBoundaryInner extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Kesalahan layar', error, info.componentStack);
  }

  override render(): ReactNode {
    const { t, children } = this.props;
    if (!this.state.error) return children;
    return (
      <Alert color="red" title={t('app.errorTitle')} m="md">
        <Stack gap="sm">
          <Text>{t('app.errorBody')}</Text>
          <Text size="sm" c="dimmed">
            {this.state.error.message}
          </Text>
          <Button w="fit-content" onClick={() => window.location.reload()}>
            {t('app.reload')}
          </Button>
        </Stack>
      </Alert>
    );
  }
}

export const ErrorBoundary = withTranslation()(ErrorBoundaryInner);

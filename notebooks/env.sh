# Sourced by the notebook scripts: keeps Jupyter's state in notebooks/.jupyter, never in $HOME.
notebooks_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export JUPYTER_DATA_DIR="$notebooks_dir/.jupyter/data"
export JUPYTER_CONFIG_DIR="$notebooks_dir/.jupyter/config"
export JUPYTER_RUNTIME_DIR="$notebooks_dir/.jupyter/runtime"
export JUPYTER_PATH="$notebooks_dir/.jupyter"
export SPARK_LOCAL_IP=127.0.0.1
